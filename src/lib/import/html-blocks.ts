// Raw HTML that Markdown folders use to do what Cairn does itself, turned into what Cairn
// publishes. A `<pre class="mermaid">` (or `<div class="mermaid">`) block, the way the Mermaid
// docs show to draw a diagram in HTML, becomes a ```mermaid block, which Cairn renders. A
// `<script>` element (often the loader for those diagrams) would run in every reader's browser,
// so `cairn check` rejects it: it becomes an MDX comment, which keeps its text in the file and
// puts nothing on the page. An element that loads other content (`<iframe>`, `<embed>`, …)
// becomes a comment and, where it has an address, a link to it, as the check advises.
import type { Html } from 'mdast';
import { Parser } from 'htmlparser2';
import { LOADING_ELEMENTS } from '../hosting/audit.ts';
import type { Edit } from './edits.ts';
import { span } from './markdown.ts';
import type { Range } from './model.ts';

export interface HtmlBlockResult {
	edits: Edit[];
	/** What the edits cover, in the source: the MDX escapes leave these alone. */
	replaced: Range[];
	diagrams: number;
	/** The `src` of each removed script, or `inline`. */
	scripts: string[];
	/** Each loading element replaced, as `<iframe>`. */
	embeds: string[];
}

/** An MDX comment holding `text` as it is (an MDX comment cannot contain `*​/`, so that gets a space). */
export function mdxCommentOf(text: string): string {
	return `{/*${text.replace(/\*\//g, '* /')}*/}`;
}

const hasClass = (attribs: Record<string, string>, name: string) => (attribs.class ?? '').split(/\s+/).includes(name);

interface Element {
	name: string;
	attribs: Record<string, string>;
	/** Offsets in the node's text: the open tag's start, the open tag's end, the close tag's end. */
	start: number;
	openEnd: number;
	end: number;
	/** The text inside, entities decoded, nested tags as written. */
	inner: string;
}

/** The elements of one HTML fragment with their offsets, read by htmlparser2. */
function elementsOf(html: string): Element[] {
	const open: Element[] = [];
	const done: Element[] = [];
	const parser = new Parser(
		{
			onopentag(name, attribs) {
				const raw = html.slice(parser.startIndex, parser.endIndex + 1);
				for (const element of open) element.inner += raw;
				open.push({ name, attribs, start: parser.startIndex, openEnd: parser.endIndex + 1, end: -1, inner: '' });
			},
			ontext(text) {
				for (const element of open) element.inner += text;
			},
			onclosetag(name, isImplied) {
				const index = open.findLastIndex((element) => element.name === name);
				if (index < 0) return;
				const [element] = open.splice(index);
				if (!element) return;
				element.end = isImplied && parser.endIndex < element.openEnd ? element.openEnd : parser.endIndex + 1;
				const raw = isImplied ? '' : html.slice(parser.startIndex, parser.endIndex + 1);
				for (const outer of open) outer.inner += raw;
				done.push(element);
			},
		},
		{ decodeEntities: true, recognizeSelfClosing: true, lowerCaseTags: true },
	);
	parser.end(html);
	// An element left open runs to the end of the fragment, as a browser would read it.
	for (const element of open) done.push({ ...element, end: html.length });
	return done.sort((a, b) => a.start - b.start);
}

/** A Markdown link showing its own address (MDX has no `<…>` autolinks). */
export function markdownLink(url: string, label = url): string {
	return `[${label.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&')}](${url.replace(/[()\s<>]/g, encodeURIComponent)})`;
}

/** The fence for a block of code: longer than any run of backticks in it. */
export function fenceFor(code: string): string {
	const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
	return '`'.repeat(Math.max(3, longest + 1));
}

export function htmlBlocks(body: string, nodes: readonly Html[]): HtmlBlockResult {
	const result: HtmlBlockResult = { edits: [], replaced: [], diagrams: 0, scripts: [], embeds: [] };
	for (const node of nodes) {
		const { start, end } = span(node);
		const text = body.slice(start, end);
		const elements = elementsOf(text);
		const top = elements[0];
		// A diagram block: only when it is the whole node, written at the start of a line (a fence
		// cannot sit inside a list item's or a quote's prefix without them).
		const atLineStart = start === 0 || body[start - 1] === '\n';
		if (
			top &&
			atLineStart &&
			(top.name === 'pre' || top.name === 'div') &&
			hasClass(top.attribs, 'mermaid') &&
			top.start === 0 &&
			text.slice(top.end).trim() === ''
		) {
			const code = top.inner.replace(/^\s*\n/, '').trimEnd();
			const fence = fenceFor(code);
			result.edits.push({ start, end, text: `${fence}mermaid\n${code}\n${fence}` });
			result.replaced.push({ start, end });
			result.diagrams++;
			continue;
		}
		let covered = -1;
		for (const element of elements) {
			if (element.start < covered) continue;
			const name = element.name;
			const isScript = name === 'script';
			if (!isScript && !LOADING_ELEMENTS.has(name)) continue;
			const range = { start: start + element.start, end: start + element.end };
			const raw = body.slice(range.start, range.end);
			const address = element.attribs.src ?? element.attribs.data;
			let replacement = mdxCommentOf(` ${raw} `);
			if (isScript) {
				result.scripts.push(element.attribs.src ?? 'inline');
			} else {
				result.embeds.push(`<${name}>`);
				const whole = element.start === 0 && text.slice(element.end).trim() === '' && atLineStart;
				if (address && whole) replacement = `${replacement}\n\n${markdownLink(address)}`;
			}
			result.edits.push({ ...range, text: replacement });
			result.replaced.push(range);
			covered = element.end;
		}
	}
	return result;
}
