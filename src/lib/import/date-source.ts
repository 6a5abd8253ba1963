// Where a record states its date: a `Date:` line (with or without the colon, bold or in a list, in
// a few languages), a `## Date` section, a table row; failing those, a date written in the status
// ("Accepted on 3 March 2021"). Read with the import's slash-date order.
import type { Heading } from 'mdast';
import { findDate, readDate, type DateOrder } from './fields.ts';
import { findLabelled } from './labelled.ts';
import { blockRange, plainText, sectionOf } from './markdown.ts';
import type { Range } from './model.ts';
import { note, type Note } from './notes.ts';
import type { SourceDoc } from './source-doc.ts';

export const DATE_LABELS = ['date', 'decision date', 'date of decision', 'datum', 'fecha', 'data', 'date de décision'];

export interface DateSource {
	date?: string;
	/** The date as written. */
	text?: string;
	removals: Range[];
	notes: Note[];
}

function dateHeading(doc: SourceDoc): Heading | undefined {
	return doc.tree.children.find(
		(node): node is Heading =>
			node.type === 'heading' &&
			node.depth >= 2 &&
			DATE_LABELS.includes(plainText(node).toLowerCase().replace(/:$/, '')),
	);
}

/** The record's date; `statusText` is the status as written, the last place a date may be. */
export function readDateSource(doc: SourceDoc, order: DateOrder, statusText: string | undefined): DateSource {
	const line = findLabelled(doc, DATE_LABELS, (value) => findDate(value, order) !== undefined);
	if (line) {
		const reading = readDate(line.value, order);
		return {
			...(reading.date ? { date: reading.date } : {}),
			text: line.value,
			removals: line.removal ? [line.removal] : [],
			notes: reading.notes,
		};
	}
	const heading = dateHeading(doc);
	const first = heading ? sectionOf(doc.tree, heading)[0] : undefined;
	if (heading && first?.type === 'paragraph') {
		const text = plainText(first);
		const reading = readDate(text, order);
		const section = sectionOf(doc.tree, heading);
		const removals =
			reading.date && section.length === 1 ? [blockRange(doc.body, heading), blockRange(doc.body, first)] : [];
		return { ...(reading.date ? { date: reading.date } : {}), text, removals, notes: reading.notes };
	}
	const fromStatus = statusText === undefined ? undefined : findDate(statusText, order);
	if (statusText !== undefined && fromStatus) {
		return {
			date: fromStatus,
			text: statusText,
			removals: [],
			notes: [note('DateFromStatus', { text: statusText, date: fromStatus })],
		};
	}
	return { removals: [], notes: [] };
}
