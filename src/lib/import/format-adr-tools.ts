// adr-tools (Nygard) records: `# 5. Help comments`, a `Date:` line, and a `## Status` section
// holding the status word and the relations `adr link` writes ("Amended by [9. …](0009-….md)").
import type { RootContent } from 'mdast';
import { readDate } from './fields.ts';
import { blockRange, findSection, plainText, preamble, sectionOf, span } from './markdown.ts';
import type { ParsedAdr, RawRelation } from './model.ts';
import { note, type Note } from './notes.ts';
import { paragraphRelations } from './relation-lines.ts';
import type { SourceDoc } from './source-doc.ts';
import { readSourceName } from './source-name.ts';
import { readStatus } from './status.ts';
import { readTitle } from './title.ts';

const DATE_LINE = /^Date:[ \t]*(.*)$/im;

export function parseAdrTools(doc: SourceDoc): ParsedAdr {
	const name = readSourceName(doc.file.path);
	const title = readTitle(doc, name.slug);
	const notes: Note[] = [...doc.notes, ...title.notes];
	const removals: ParsedAdr['removals'] = title.removal ? [title.removal] : [];
	if (name.number !== undefined && title.number !== undefined && name.number !== title.number) {
		notes.push(note('NumberMismatch', { heading: title.number, file: name.number }));
	}

	let date: string | undefined;
	const dateParagraph = preamble(doc.tree).find((node) => node.type === 'paragraph' && /^Date:/i.test(plainText(node)));
	if (dateParagraph) {
		const { start, end } = span(dateParagraph);
		const source = doc.body.slice(start, end);
		const match = DATE_LINE.exec(source);
		const reading = readDate(match?.[1]?.trim());
		date = reading.date;
		notes.push(...reading.notes);
		// The Date line alone is dropped; any text written under it in the same paragraph stays.
		const lineEnd = source.indexOf('\n');
		removals.push(lineEnd === -1 ? blockRange(doc.body, dateParagraph) : { start, end: start + lineEnd + 1 });
	}

	const status = readStatusSection(doc);
	removals.push(...status.removals);
	notes.push(...status.notes);
	let reading = status.text === undefined ? undefined : readStatus(status.text);
	const relations = [...status.relations];
	if (reading?.successorNumber !== undefined && !relations.some((r) => r.type === 'supersededBy')) {
		relations.push({ type: 'supersededBy', target: { number: reading.successorNumber }, text: status.text ?? '' });
	}
	if (!reading) {
		// `adr new -s` replaces the status of the old record with its "Superseded by" line.
		const superseded = relations.some((r) => r.type === 'supersededBy');
		reading = { status: superseded ? 'superseded' : 'accepted', notes: superseded ? [] : [note('StatusAssumed')] };
	}
	notes.push(...reading.notes);

	const number = name.number ?? title.number;
	return {
		title: title.title,
		...(number === undefined ? {} : { number }),
		slug: name.slug,
		status: reading.status,
		...(date ? { date } : {}),
		decisionMakers: [],
		consulted: [],
		informed: [],
		tags: [],
		relations,
		removals,
		notes,
	};
}

interface StatusSection {
	/** The status paragraph, e.g. `Accepted`. */
	text?: string;
	relations: RawRelation[];
	removals: ParsedAdr['removals'];
	notes: Note[];
}

/** The `## Status` section: one status paragraph, then one paragraph per relation. */
function readStatusSection(doc: SourceDoc): StatusSection {
	const heading = findSection(doc.tree, 'Status');
	const result: StatusSection = { relations: [], removals: [], notes: [] };
	if (!heading) return result;
	const kept: RootContent[] = [];
	for (const node of sectionOf(doc.tree, heading)) {
		if (node.type !== 'paragraph') {
			kept.push(node);
			continue;
		}
		const { statements, onlyRelations } = paragraphRelations(node);
		if (onlyRelations) {
			const relations = statements.flatMap((s): RawRelation[] =>
				s.type ? [{ type: s.type, target: { url: s.url }, text: s.text }] : [],
			);
			result.relations.push(...relations);
			result.removals.push({ ...blockRange(doc.body, node), requires: relations });
		} else if (result.text === undefined && statements.length === 0) {
			result.text = plainText(node);
			result.removals.push(blockRange(doc.body, node));
		} else {
			kept.push(node);
		}
	}
	if (kept.length === 0) {
		result.removals.push({ ...blockRange(doc.body, heading), requires: result.relations });
	} else {
		const text = kept.map((node) => plainText(node)).join(' ');
		result.notes.push(note('StatusSectionKept', { text: text.length > 80 ? `${text.slice(0, 77)}…` : text }));
	}
	return result;
}
