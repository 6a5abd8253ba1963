// adr-tools (Nygard) records and the hand-written variants of them: `# 5. Help comments` (or
// `# ADR-005: …`), a `Date:` line in any of the forms people write, and the status in a
// `## Status` section or a `Status:` line, with the relations `adr link` writes
// ("Amended by [9. …](0009-….md)") anywhere in it.
import { DAY_FIRST } from './fields.ts';
import { readDateSource } from './date-source.ts';
import type { ParseContext, ParsedAdr } from './model.ts';
import { note, type Note } from './notes.ts';
import type { SourceDoc } from './source-doc.ts';
import { readSourceName } from './source-name.ts';
import { readStatusSource, statusOf } from './status-section.ts';
import { readTitle } from './title.ts';

export function parseAdrTools(doc: SourceDoc, context: ParseContext = { dates: DAY_FIRST }): ParsedAdr {
	const name = readSourceName(doc.file.path);
	const title = readTitle(doc, name.slug, name.number, context.numberedWithSpace);
	const notes: Note[] = [...doc.notes, ...title.notes];
	const removals: ParsedAdr['removals'] = title.removal ? [title.removal] : [];
	if (name.number !== undefined && title.number !== undefined && name.number !== title.number) {
		notes.push(note('NumberMismatch', { heading: title.number, file: name.number }));
	}

	const status = readStatusSource(doc);
	removals.push(...status.removals);
	notes.push(...status.notes);
	const reading = statusOf(status.text, status.relations);
	const relations = [...status.relations];
	if (reading.successorNumber !== undefined && !relations.some((r) => r.type === 'supersededBy')) {
		relations.push({ type: 'supersededBy', target: { number: reading.successorNumber }, text: status.text ?? '' });
	}
	notes.push(...reading.notes);

	const date = readDateSource(doc, context.dates, status.text);
	removals.push(...date.removals);
	notes.push(...date.notes);

	const number = name.number ?? title.number;
	const sourceStatus = status.text ?? relations.find((r) => r.type === 'supersededBy')?.text;
	return {
		title: title.title,
		...(number === undefined ? {} : { number }),
		slug: name.slug,
		status: reading.status,
		...(sourceStatus ? { sourceStatus } : {}),
		...(date.date ? { date: date.date } : {}),
		...(date.text ? { sourceDate: date.text } : {}),
		decisionMakers: [],
		consulted: [],
		informed: [],
		tags: [],
		relations,
		removals,
		notes,
	};
}
