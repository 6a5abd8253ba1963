// Markdown structure for the importers, from a real parser (CommonMark and GFM, as the MDX
// compiler reads them), with the source offsets every surgical edit needs.
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import type { Range } from './model.ts';

export function parseMarkdown(text: string): Root {
	const tree = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
	placeUnplaced(tree, text);
	return tree;
}

/**
 * GFM's autolink literals (`see https://x.example]`) are found after parsing, by splitting text
 * nodes, and the pieces come without a position. Each is placed where its text stands between its
 * placed siblings, or, when its text is not found as written, at an empty span there: nothing
 * then edits it, and every node of the tree has a position.
 */
function placeUnplaced(tree: Root, text: string): void {
	const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
	const point = (offset: number) => {
		let line = lineStarts.findLastIndex((start) => start <= offset);
		line = Math.max(line, 0);
		return { line: line + 1, column: offset - (lineStarts[line] ?? 0) + 1, offset };
	};
	const place = (node: Nodes, start: number, end: number) => {
		node.position = { start: point(start), end: point(end) };
		if ('children' in node) for (const child of node.children) if (!child.position) place(child, start, end);
	};
	walk(tree, (node) => {
		if (!('children' in node) || !node.position) return true;
		const children: Nodes[] = node.children;
		let cursor = node.position.start.offset ?? 0;
		children.forEach((child, index) => {
			if (child.position) {
				cursor = child.position.end.offset ?? cursor;
				return;
			}
			const next = children.slice(index + 1).find((c) => c.position)?.position?.start.offset;
			const limit = next ?? node.position?.end.offset ?? text.length;
			const written = toString(child);
			const at = written ? text.indexOf(written, cursor) : -1;
			if (at !== -1 && at + written.length <= limit) {
				place(child, at, at + written.length);
				cursor = at + written.length;
			} else {
				place(child, cursor, cursor);
			}
		});
		return true;
	});
}

/** The source offsets of a node; every node of a tree from `parseMarkdown` has a position. */
export function span(node: Nodes): Range {
	const position = node.position;
	if (position?.start.offset === undefined || position.end.offset === undefined) {
		throw new Error(`mdast node ${node.type} has no position`);
	}
	return { start: position.start.offset, end: position.end.offset };
}

/** The visible text of a node on one line: no HTML comments or tags, whitespace collapsed. */
export function plainText(node: Nodes): string {
	return toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

/** The block of a node with the rest of its last line and the blank lines after it. */
export function blockRange(text: string, node: Nodes): Range {
	return { start: span(node).start, end: afterBlankLines(text, span(node).end) };
}

/** The offset after the end of the line holding `offset` and any blank lines that follow. */
export function afterBlankLines(text: string, offset: number): number {
	let end = offset;
	const lineEnd = text.indexOf('\n', end);
	end = lineEnd === -1 ? text.length : lineEnd + 1;
	for (;;) {
		const next = text.indexOf('\n', end);
		const line = text.slice(end, next === -1 ? text.length : next);
		if (line.trim() !== '' || end >= text.length) return end;
		end = next === -1 ? text.length : next + 1;
	}
}

/**
 * The level-1 heading ADR formats open with, which holds the title: the document's first heading,
 * when it is of level 1 (an H1 further down is a section of the text).
 */
export function titleHeading(tree: Root): Heading | undefined {
	const first = tree.children.find((node): node is Heading => node.type === 'heading');
	return first?.depth === 1 ? first : undefined;
}

/** The top-level nodes after `heading` and before the next heading of its level or higher. */
export function sectionOf(tree: Root, heading: Heading): RootContent[] {
	const index = tree.children.indexOf(heading);
	const section: RootContent[] = [];
	for (const node of tree.children.slice(index + 1)) {
		if (node.type === 'heading' && node.depth <= heading.depth) break;
		section.push(node);
	}
	return section;
}

/** The top-level nodes between the title heading and the first heading after it. */
export function preamble(tree: Root): RootContent[] {
	const title = titleHeading(tree);
	const start = title ? tree.children.indexOf(title) + 1 : 0;
	const nodes: RootContent[] = [];
	for (const node of tree.children.slice(start)) {
		if (node.type === 'heading') break;
		nodes.push(node);
	}
	return nodes;
}

/** The level-2 heading whose text (without HTML comments) is `name`, ignoring case. */
export function findSection(tree: Root, name: string): Heading | undefined {
	return tree.children.find(
		(node): node is Heading =>
			node.type === 'heading' && node.depth === 2 && plainText(node).toLowerCase() === name.toLowerCase(),
	);
}

/**
 * Calls `visit` for every node of the tree, parents first, with the node's ancestors; when it
 * returns `false`, the node's children are not visited.
 */
export function walk(node: Nodes, visit: (node: Nodes, ancestors: readonly Nodes[]) => unknown): void {
	const go = (current: Nodes, ancestors: Nodes[]) => {
		if (visit(current, ancestors) === false) return;
		if ('children' in current) for (const child of current.children) go(child, [...ancestors, current]);
	};
	go(node, []);
}
