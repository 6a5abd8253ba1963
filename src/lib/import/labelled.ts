// Metadata written as a label and a value, wherever hand-written ADRs put it: a line of a
// paragraph (`Status: Accepted`, `**Date:** 3 March 2021`, `Date 2021-03-03`), a list item
// (`* Status: accepted`), a heading (`## Status: Accepted`), or a table row (`| Status | Accepted |`),
// before the first section of the text. Read from the parsed tree with source offsets.
import type { Link, Nodes, RootContent, Table, TableCell } from 'mdast';
import { blockRange, plainText, span, titleHeading, walk } from './markdown.ts';
import type { Range } from './model.ts';
import type { SourceDoc } from './source-doc.ts';

export interface LabelledValue {
	/** The value as written after the label, markup removed, e.g. `✅ Accepted (pilot only)`. */
	value: string;
	/** The links inside the value. */
	links: Link[];
	/** The text to drop when the value becomes frontmatter; absent for a table row, which stays. */
	removal?: Range;
}

/** `labels` are lowercase words, e.g. `['status', 'estado']`. */
function labelPattern(labels: readonly string[]): RegExp {
	const words = labels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
	// Label, optional bold/italic markers around it and the separator, then the value.
	return new RegExp(
		`^\\s*(?:[-*+>]\\s+)?(?:\\*\\*|__|\\*|_)?(?:${words})(?:\\*\\*|__|\\*|_)?\\s*([:：=–—-]|\\s)\\s*(?:\\*\\*|__|\\*|_)?\\s*(.*)$`,
		'iu',
	);
}

/** The nodes metadata may sit among: those before the title and those between it and the first section. */
function headerNodes(doc: SourceDoc): RootContent[] {
	const title = titleHeading(doc.tree);
	const nodes: RootContent[] = [];
	for (const node of doc.tree.children) {
		if (node.type === 'heading' && node !== title) break;
		if (node !== title) nodes.push(node);
	}
	return nodes;
}

function linksIn(node: Nodes, range: Range): Link[] {
	const links: Link[] = [];
	walk(node, (child) => {
		if (child.type === 'link' && span(child).start >= range.start && span(child).end <= range.end) links.push(child);
	});
	return links;
}

const clean = (text: string) =>
	text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<!--.*?-->/g, '')
		.replace(/(?:\*\*|__)/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * A value in a table, either as a row (`| Status | Accepted |`) or as a column under a header
 * (`| Status | Date |` over `| Accepted | 2021-03-04 |`); a row's value must be `plausible`, so a
 * header row naming the next column is not read as a value.
 */
function fromTable(table: Table, pattern: RegExp, plausible: (value: string) => boolean): LabelledValue | undefined {
	const isLabel = (cell: TableCell | undefined) => cell !== undefined && pattern.test(`${plainText(cell)}: x`);
	for (const row of table.children) {
		const [label, value] = row.children;
		const text = value ? clean(plainText(value)) : '';
		if (isLabel(label) && text && plausible(text) && value) return { value: text, links: linksIn(value, span(value)) };
	}
	const [header, first] = table.children;
	const column = header?.children.findIndex((cell) => {
		const match = pattern.exec(`${plainText(cell)}: `);
		return match !== null && clean(match[2] ?? '') === '';
	});
	const cell = column === undefined || column < 0 ? undefined : first?.children[column];
	const text = cell ? clean(plainText(cell)) : '';
	return cell && text ? { value: text, links: linksIn(cell, span(cell)) } : undefined;
}

/**
 * The first labelled value among the text's opening lines, or `undefined`. A value after a label
 * with no separator but a space (`Date 2021-03-03`) counts only when `plausible` accepts it.
 */
export function findLabelled(
	doc: SourceDoc,
	labels: readonly string[],
	plausible: (value: string) => boolean,
): LabelledValue | undefined {
	const pattern = labelPattern(labels);
	const valueOf = (match: RegExpExecArray | null): string | undefined => {
		if (!match) return undefined;
		const value = clean(match[2] ?? '');
		if (value === '') return undefined;
		return match[1]?.trim() === '' && !plausible(value) ? undefined : value;
	};
	const fromLines = (node: Nodes, whole: Range): LabelledValue | undefined => {
		let offset = whole.start;
		for (const line of doc.body.slice(whole.start, whole.end).split('\n')) {
			const value = valueOf(pattern.exec(line));
			const lineRange = { start: offset, end: offset + line.length + 1 };
			offset += line.length + 1;
			if (value === undefined) continue;
			return { value, links: linksIn(node, lineRange), removal: lineRange };
		}
		return undefined;
	};
	for (const node of headerNodes(doc)) {
		if (node.type === 'paragraph') {
			const found = fromLines(node, span(node));
			if (!found) continue;
			// The whole paragraph when it says nothing else, so no blank lines are left behind.
			const lines = doc.body.slice(span(node).start, span(node).end).split('\n').length;
			return lines === 1 ? { ...found, removal: blockRange(doc.body, node) } : found;
		}
		if (node.type === 'list') {
			for (const item of node.children) {
				const first = item.children[0];
				if (first?.type !== 'paragraph') continue;
				const found = fromLines(first, span(first));
				if (found) return { ...found, removal: { start: span(item).start, end: found.removal?.end ?? span(item).end } };
			}
		}
		if (node.type === 'table') {
			const found = fromTable(node, pattern, plausible);
			if (found) return found;
		}
	}
	// `## Status: Accepted`: a heading that carries its value.
	for (const node of doc.tree.children) {
		if (node.type !== 'heading' || node.depth < 2) continue;
		const match = pattern.exec(plainText(node));
		const value = clean(match?.[2] ?? '');
		if (match && value && match[1]?.trim() !== '') {
			return { value, links: linksIn(node, span(node)), removal: blockRange(doc.body, node) };
		}
	}
	return undefined;
}
