// Makes Markdown text valid MDX without changing what it shows. MDX reads `{…}` as JavaScript,
// `<` as the start of a JSX tag, a line starting with `import`/`export` as a module, and has no
// HTML comments, no autolinks and no indented code. Each of those is edited in place, at the
// parser's offsets; code spans and code blocks are never touched.
import type { Code, Heading, Html, Image, ImageReference, Link, Nodes } from 'mdast';
import { insideAny, type Edit } from './edits.ts';
import { fenceFor, htmlBlocks, markdownLink, mdxCommentOf } from './html-blocks.ts';
import { altRange } from './link-syntax.ts';
import { plainText, span, walk } from './markdown.ts';
import type { Range } from './model.ts';
import { note, type Note } from './notes.ts';

export interface EscapeOptions {
	/** Says whether an offset lies in text the import drops. */
	isRemoved: (offset: number) => boolean;
	/** Show raw HTML as text: the fallback when MDX cannot read it as JSX. */
	htmlAsText: boolean;
}

export interface EscapeResult {
	edits: Edit[];
	notes: Note[];
}

/** Elements that never have content, which MDX (JSX) needs written `<br />`. */
const VOID_ELEMENTS = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);

const HTML_TOKEN = /<!--[\s\S]*?-->|<\/?([A-Za-z][\w:.-]*)(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?>|[{}<]/g;

const isEscaped = (text: string, offset: number, floor: number) => {
	let backslashes = 0;
	for (let i = offset - 1; i >= floor && text[i] === '\\'; i--) backslashes++;
	return backslashes % 2 === 1;
};

export function mdxEscapes(body: string, tree: Nodes, options: EscapeOptions): EscapeResult {
	const edits: Edit[] = [];
	const counts = { escaped: 0, comments: 0, autolinks: 0, indented: 0 };
	const voidTags: string[] = [];
	const notes: Note[] = [];
	const handled = new Set<Nodes>();

	const htmlNodes: Html[] = [];
	walk(tree, (node) => {
		if (node.type !== 'root' && options.isRemoved(span(node).start)) return false;
		if (node.type === 'html') htmlNodes.push(node);
		return undefined;
	});
	const blocks = htmlBlocks(body, htmlNodes);
	edits.push(...blocks.edits);
	if (blocks.diagrams) notes.push(note('MermaidFromHtml', { count: blocks.diagrams }));
	if (blocks.scripts.length) notes.push(note('ScriptsRemoved', { sources: blocks.scripts }));
	if (blocks.embeds.length) notes.push(note('EmbedsReplaced', { elements: blocks.embeds }));

	/** Backslash-escapes the `{`, `}` and `<` of a span that MDX would read as code or tags. */
	const escapeSpan = ({ start, end }: Range, chars = /[{}<]/) => {
		for (let i = start; i < end; i++) {
			if (chars.test(body[i] ?? '') && !isEscaped(body, i, start)) {
				edits.push({ start: i, end: i, text: '\\' });
				counts.escaped++;
			}
		}
	};

	const headingComment = (heading: Heading) => {
		const last = heading.children.at(-1);
		if (last?.type !== 'html' || !/^<!--[\s\S]*-->$/.test(last.value)) return;
		let start = span(last).start;
		while (start > span(heading).start && /[ \t]/.test(body[start - 1] ?? '')) start--;
		edits.push({ start, end: span(last).end, text: '' });
		handled.add(last);
		notes.push(note('HeadingComment', { heading: plainText(heading) }));
	};

	const html = (node: Html) => {
		const { start, end } = span(node);
		for (const match of body.slice(start, end).matchAll(HTML_TOKEN)) {
			const at = start + match.index;
			const token = match[0];
			if (insideAny(blocks.replaced, at)) continue;
			if (token.startsWith('<!--')) {
				edits.push({ start: at, end: at + token.length, text: mdxCommentOf(token.slice(4, -3)) });
				counts.comments++;
			} else if (token.length === 1) {
				if (!isEscaped(body, at, start)) {
					edits.push({ start: at, end: at, text: '\\' });
					counts.escaped++;
				}
			} else if (options.htmlAsText) {
				escapeSpan({ start: at, end: at + token.length });
			} else {
				const name = match[1]?.toLowerCase() ?? '';
				if (VOID_ELEMENTS.has(name) && !token.startsWith('</') && !token.endsWith('/>')) {
					const close = at + token.length - 1;
					edits.push({ start: close, end: close, text: body[close - 1] === ' ' ? '/' : ' /' });
					voidTags.push(name);
				}
			}
		}
	};

	const autolink = (node: Link) => {
		edits.push({ ...span(node), text: markdownLink(node.url, plainText(node)) });
		counts.autolinks++;
	};

	const indentedCode = (node: Code) => {
		const { start, end } = span(node);
		const lineStart = body.lastIndexOf('\n', start - 1) + 1;
		// The container's prefix on each line: list indentation, or `> ` in a block quote.
		const prefix = body.slice(lineStart, start);
		const fence = fenceFor(node.value);
		const lines = node.value.split('\n').map((line) => (line ? prefix + line : prefix.trimEnd()));
		edits.push({ start, end, text: `${fence}\n${lines.join('\n')}\n${prefix}${fence}` });
		counts.indented++;
	};

	const image = (node: Image | ImageReference) => {
		const alt = altRange(body, node);
		if (alt) escapeSpan(alt);
	};

	walk(tree, (node, ancestors) => {
		if (node.type === 'root') return;
		if (options.isRemoved(span(node).start) || handled.has(node)) return false;
		switch (node.type) {
			case 'text':
				escapeSpan(span(node));
				return;
			case 'heading':
				headingComment(node);
				return;
			case 'html':
				html(node);
				return;
			case 'link':
				if (body[span(node).start] === '<') {
					autolink(node);
					return false;
				}
				return;
			case 'image':
			case 'imageReference':
				image(node);
				return;
			case 'code':
				if (!/^ {0,3}(?:`{3,}|~{3,})/.test(body.slice(span(node).start, span(node).end))) indentedCode(node);
				return;
			case 'paragraph': {
				const start = span(node).start;
				const esm = /^(import|export)\s/.exec(body.slice(start, start + 7));
				if (ancestors.length === 1 && esm?.[1]) {
					edits.push({ start, end: start + 1, text: `&#${esm[1].charCodeAt(0)};` });
					notes.push(note('EsmParagraph', { word: esm[1] }));
				}
				return;
			}
			default:
				return;
		}
	});

	if (counts.escaped) notes.push(note('Escaped', { count: counts.escaped }));
	if (counts.comments) notes.push(note('HtmlComments', { count: counts.comments }));
	if (counts.autolinks) notes.push(note('Autolinks', { count: counts.autolinks }));
	if (voidTags.length) notes.push(note('VoidTags', { tags: [...new Set(voidTags)] }));
	if (counts.indented) notes.push(note('IndentedCode', { count: counts.indented }));
	return { edits, notes };
}
