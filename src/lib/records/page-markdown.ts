// A document's page as Markdown, for readers that are not browsers (llms.txt, coding agents, an
// export): the body as its author wrote it, less what only the MDX compiler reads — `import` and
// `export` blocks, `{…}` expressions and `{/* comments */}` — with every link into the site made
// absolute (base path included), and a link to a document the site leaves out reduced to its words,
// exactly as the built page does (src/astro/site-links.ts). Parsed with the compiler Astro uses.
import { toString } from 'mdast-util-to-string';
import { defineMdastPlugin, markdownToJs, mdxToJs } from 'satteri';
import { EXTERNAL_OR_ANCHOR, linkedPage, linkedPath } from '../links.ts';

export interface MarkdownOptions {
	/** `.mdx` (MDX syntax) or `.md`. */
	mdx: boolean;
	/** The page the body is on, under the base: `/handover/adr/0003-queue/`. */
	page: string;
	/** The site's base path, both slashes. */
	base: string;
	/** Page URLs (under the base) of the documents the site leaves out. */
	excluded: ReadonlySet<string>;
}

interface Edit {
	start: number;
	end: number;
	text: string;
}

interface Positioned {
	position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
}

const startOf = (node: Positioned) => node.position?.start.offset;
const endOf = (node: Positioned) => node.position?.end.offset;

export interface PageText {
	/** The body as Markdown. */
	markdown: string;
	/** What it says, without markup: a line per paragraph, heading, code block or table row. */
	text: string;
	/** The same words under each heading of depth 3 or less (before the first: heading '', depth 0). */
	sections: Section[];
}

export interface Section {
	heading: string;
	depth: number;
	/** Its paragraphs, code blocks, table rows and deeper headings, in order. */
	blocks: string[];
	/** Its list items, each whole on a line (a nested list within its item). */
	items: string[];
}

interface Found {
	at: number;
	end: number;
	words: string;
	type: 'heading' | 'item' | 'block';
	depth: number;
}

interface TextNode {
	type: string;
	value?: unknown;
	children?: readonly TextNode[];
}

/** The words of a node: text and code, not HTML, not what only the compiler reads. */
function wordsOf(node: TextNode): string {
	if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
		return typeof node.value === 'string' ? node.value : '';
	}
	if (node.type === 'break') return ' ';
	if (node.type === 'tableRow') return (node.children ?? []).map(wordsOf).join(' | ');
	if (node.type === 'html' || node.type.startsWith('mdxjs') || node.type.endsWith('Expression')) return '';
	return (node.children ?? []).map(wordsOf).join('');
}

/** The body as Markdown and as plain text; a body the compiler cannot read is returned as written. */
export function pageMarkdown(body: string, options: MarkdownOptions): PageText {
	const edits: Edit[] = [];
	const blocks: string[] = [];
	const found: Found[] = [];
	const note = (node: TextNode & Positioned, type: Found['type'], words: string, depth = 0) => {
		const at = startOf(node);
		const end = endOf(node);
		const line = words.replace(/\s+/g, ' ').trim();
		if (at !== undefined && end !== undefined && line) found.push({ at, end, words: line, type, depth });
	};
	const block = (node: TextNode & Positioned) => {
		const words = wordsOf(node);
		note(node, node.type === 'heading' ? 'heading' : 'block', words, (node as { depth?: number }).depth ?? 0);
		const text = words.replace(/[ \t]*\n[ \t]*/g, node.type === 'code' ? '\n' : ' ').trim();
		if (text) blocks.push(text);
	};
	const drop = (node: Positioned) => {
		const start = startOf(node);
		const end = endOf(node);
		if (start !== undefined && end !== undefined) edits.push({ start, end, text: '' });
	};
	const collect = defineMdastPlugin({
		name: 'cairn-page-markdown',
		options: { position: true },
		listItem: (node) => note(node, 'item', wordsOf(node)),
		paragraph: block,
		heading: block,
		code: block,
		tableRow: block,
		mdxjsEsm: drop,
		mdxFlowExpression: drop,
		mdxTextExpression: drop,
		link(node) {
			const start = startOf(node);
			const end = endOf(node);
			if (start === undefined || end === undefined || EXTERNAL_OR_ANCHOR.test(node.url)) return;
			const target = linkedPage(node.url, options.page, options.base);
			if (target && options.excluded.has(target)) {
				// Its words stay (edited like any other text); what made it a link goes.
				const first = node.children[0];
				const last = node.children.at(-1);
				const from = first ? startOf(first) : undefined;
				const to = last ? endOf(last) : undefined;
				if (from === undefined || to === undefined) edits.push({ start, end, text: toString(node) });
				else edits.push({ start, end: from, text: '' }, { start: to, end, text: '' });
				return;
			}
			absolute(node.url, start, end);
		},
		image(node) {
			const start = startOf(node);
			const end = endOf(node);
			if (start !== undefined && end !== undefined && !EXTERNAL_OR_ANCHOR.test(node.url))
				absolute(node.url, start, end);
		},
		definition(node) {
			const start = startOf(node);
			const end = endOf(node);
			if (start !== undefined && end !== undefined && !EXTERNAL_OR_ANCHOR.test(node.url))
				absolute(node.url, start, end);
		},
	});
	/** Writes the address inside a link's span as a path from the site's root. */
	function absolute(url: string, start: number, end: number): void {
		const path = linkedPath(url, options.page, options.base);
		const at = body.indexOf(url, start);
		if (path === undefined || at === -1 || at + url.length > end) return;
		const suffix = /[?#].*$/.exec(url)?.[0] ?? '';
		edits.push({ start: at, end: at + url.length, text: encodeURI(path) + suffix });
	}
	try {
		(options.mdx ? mdxToJs : markdownToJs)(body, { mdastPlugins: [collect] });
	} catch {
		return { markdown: body, text: body, sections: [{ heading: '', depth: 0, blocks: [body], items: [] }] };
	}
	// An edit inside another (an image in a link reduced to its words) goes with the outer one; the
	// rest apply from the end, so that each one's offsets still hold.
	const outer = edits.filter(
		(edit) =>
			!edits.some(
				(other) =>
					other.start <= edit.start && edit.end <= other.end && (other.start !== edit.start || other.end !== edit.end),
			),
	);
	let text = body;
	for (const edit of outer.sort((a, b) => b.start - a.start)) {
		text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
	}
	return {
		markdown: `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`,
		text: blocks.join('\n'),
		sections: sectionsOf(found),
	};
}

/** Blocks and list items under their headings; a block inside a list item counts as the item. */
function sectionsOf(found: Found[]): Section[] {
	const sections: Section[] = [{ heading: '', depth: 0, blocks: [], items: [] }];
	const items = found.filter((f) => f.type === 'item');
	for (const f of [...found].sort((a, b) => a.at - b.at)) {
		const current = sections.at(-1);
		if (!current) break;
		if (f.type === 'heading' && f.depth <= 3)
			sections.push({ heading: f.words, depth: f.depth, blocks: [], items: [] });
		else if (f.type === 'item') {
			// A nested item is part of the item that holds it.
			if (!items.some((outer) => outer !== f && outer.at <= f.at && f.end <= outer.end)) current.items.push(f.words);
		} else if (!items.some((item) => item.at <= f.at && f.end <= item.end)) current.blocks.push(f.words);
	}
	return sections.filter((section, i) => i > 0 || section.blocks.length || section.items.length);
}
