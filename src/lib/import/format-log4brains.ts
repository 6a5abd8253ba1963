// log4brains records: `- Status:` / `- Date:` bullets under the title (MADR 2 with a patch),
// `YYYYMMDD-slug.md` file names, slugs as ids. They have no numbers: the plan numbers them by date.
import { DAY_FIRST } from './fields.ts';
import { collectMetadata, readMetadata } from './metadata.ts';
import type { ParseContext, ParsedAdr } from './model.ts';
import { note, type Note } from './notes.ts';
import { linksSectionRelations } from './relation-lines.ts';
import type { SourceDoc } from './source-doc.ts';
import { readSourceName } from './source-name.ts';
import { readTitle } from './title.ts';

export function parseLog4brains(doc: SourceDoc, context: ParseContext = { dates: DAY_FIRST }): ParsedAdr {
	const name = readSourceName(doc.file.path);
	const title = readTitle(doc, name.slug, name.number, context.numberedWithSpace);
	const collected = collectMetadata(doc, title.fromFrontmatter);
	const metadata = readMetadata(collected.raw, doc, context);
	const notes: Note[] = [...doc.notes, ...title.notes, ...collected.notes, ...metadata.notes];
	if (title.number !== undefined) notes.push(note('TitleNumberRemoved', { heading: title.heading ?? title.title }));
	if (!metadata.date && name.date) notes.push(note('DateFromFileName', { date: name.date }));
	const sortDate = metadata.date ?? name.date;
	return {
		title: title.title,
		slug: name.slug,
		status: metadata.status,
		...(metadata.sourceStatus ? { sourceStatus: metadata.sourceStatus } : {}),
		...(metadata.sourceDate ? { sourceDate: metadata.sourceDate } : {}),
		...(metadata.date ? { date: metadata.date } : {}),
		...(sortDate ? { sortDate } : {}),
		decisionMakers: metadata.decisionMakers,
		consulted: metadata.consulted,
		informed: metadata.informed,
		tags: metadata.tags,
		relations: [...metadata.relations, ...linksSectionRelations(doc.tree)],
		removals: [...(title.removal ? [title.removal] : []), ...collected.removals, ...metadata.removals],
		notes,
	};
}
