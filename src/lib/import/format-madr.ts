// MADR 2–4 records: the title heading, metadata in YAML front matter (MADR 3–4) or in `* Status:`
// bullets (MADR 2), the number in the file name, relations in a `## Links` section.
import { DAY_FIRST } from './fields.ts';
import { collectMetadata, readMetadata } from './metadata.ts';
import type { ParseContext, ParsedAdr } from './model.ts';
import { note, type Note } from './notes.ts';
import { linksSectionRelations } from './relation-lines.ts';
import type { SourceDoc } from './source-doc.ts';
import { readSourceName } from './source-name.ts';
import { readTitle } from './title.ts';

export function parseMadr(doc: SourceDoc, context: ParseContext = { dates: DAY_FIRST }): ParsedAdr {
	const name = readSourceName(doc.file.path);
	const title = readTitle(doc, name.slug, name.number, context.numberedWithSpace);
	const notes: Note[] = [...doc.notes, ...title.notes];
	if (title.number !== undefined) notes.push(note('TitleNumberRemoved', { heading: title.heading ?? title.title }));
	const collected = collectMetadata(doc, title.fromFrontmatter);
	const metadata = readMetadata(collected.raw, doc, context);
	notes.push(...collected.notes, ...metadata.notes);
	const number = name.number ?? title.number;
	return {
		title: title.title,
		...(number === undefined ? {} : { number }),
		slug: name.slug,
		status: metadata.status,
		...(metadata.sourceStatus ? { sourceStatus: metadata.sourceStatus } : {}),
		...(metadata.sourceDate ? { sourceDate: metadata.sourceDate } : {}),
		...(metadata.date ? { date: metadata.date } : {}),
		decisionMakers: metadata.decisionMakers,
		consulted: metadata.consulted,
		informed: metadata.informed,
		tags: metadata.tags,
		relations: [...metadata.relations, ...linksSectionRelations(doc.tree)],
		removals: [...(title.removal ? [title.removal] : []), ...collected.removals, ...metadata.removals],
		notes,
	};
}
