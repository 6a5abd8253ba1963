// Where, inside a link, image or definition the parser found, its label and its destination are:
// mdast gives a node's whole span and its decoded URL, and rewriting a URL in place needs the
// destination's own offsets.
import type { Definition, Image, ImageReference, Link } from 'mdast';
import { span } from './markdown.ts';
import type { Range } from './model.ts';

/** The offset of the `]` closing the label that opens at `open` (a `[`), or -1. */
export function labelEnd(text: string, open: number, limit: number): number {
	let depth = 0;
	for (let i = open; i < limit; i++) {
		const char = text[i];
		if (char === '\\') i++;
		else if (char === '[') depth++;
		else if (char === ']' && --depth === 0) return i;
	}
	return -1;
}

/** The destination that starts at or after `from` (spaces and one line break may come first). */
function destinationAt(text: string, from: number, limit: number): Range | undefined {
	let start = from;
	while (start < limit && /[ \t\n]/.test(text[start] ?? '')) start++;
	if (text[start] === '<') {
		for (let i = start + 1; i < limit; i++) {
			if (text[i] === '\\') i++;
			else if (text[i] === '>') return { start, end: i + 1 };
		}
		return undefined;
	}
	let depth = 0;
	let end = start;
	for (; end < limit; end++) {
		const char = text[end] ?? '';
		if (char === '\\') end++;
		else if (/\s/.test(char)) break;
		else if (char === '(') depth++;
		else if (char === ')' && depth-- === 0) break;
	}
	return end > start ? { start, end } : undefined;
}

/** The span of the alt text of an image (between `![` and `]`). */
export function altRange(text: string, node: Image | ImageReference): Range | undefined {
	const { start, end } = span(node);
	const close = labelEnd(text, start + 1, end);
	return close === -1 ? undefined : { start: start + 2, end: close };
}

/**
 * The span of the destination of an inline link or image `[label](destination "title")`, or of
 * a definition `[label]: destination`. Undefined for autolinks and GFM literal links, which are
 * their own text.
 */
export function destinationRange(text: string, node: Link | Image | Definition): Range | undefined {
	const { start, end } = span(node);
	const open = node.type === 'image' ? start + 1 : start;
	if (text[open] !== '[') return undefined;
	let close: number;
	if (node.type === 'link') {
		const last = node.children.at(-1);
		close = last ? span(last).end : open + 1;
		// A label's last child can end before trailing escapes; find the `]` from there.
		while (close < end && text[close] !== ']') close++;
	} else {
		close = labelEnd(text, open, end);
	}
	if (close === -1 || close >= end) return undefined;
	const opener = node.type === 'definition' ? ':' : '(';
	if (text[close + 1] !== opener) return undefined;
	return destinationAt(text, close + 2, end);
}

/** A destination as Markdown writes it: in `<…>` when it has spaces or parentheses. */
export function formatDestination(url: string): string {
	return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}
