// The new text of one imported record: its frontmatter, and its body with the metadata dropped,
// the links rewritten and the MDX escapes applied, compiled once as a last check. A body whose
// HTML MDX cannot read is tried again with that HTML shown as text, and the report says so.
import { readDocumentSource } from '../document-source.ts';
import { applyEdits, insideAny } from './edits.ts';
import { rewriteLinks, type ImageCopy, type LinkTargets } from './links.ts';
import { mdxProblem } from './mdx-check.ts';
import { mdxEscapes } from './mdx-escape.ts';
import type { ParsedAdr, Range, RawRelation } from './model.ts';
import { note, type Note } from './notes.ts';
import { recordFrontmatter, type RecordFields } from './record-frontmatter.ts';
import type { ResolvedRecord } from './relations.ts';
import type { SourceDoc } from './source-doc.ts';

export interface RecordSource {
	doc: SourceDoc;
	parsed: ParsedAdr;
	id: string;
	/** Project-relative path of the new file, for the last check's messages. */
	target: string;
	/** The notes so far: reading, numbering. */
	notes: readonly Note[];
}

export type RecordText =
	{ ok: true; text: string; fields: RecordFields; notes: Note[]; images: ImageCopy[] } | { ok: false; reason: string };

export function recordText(
	record: RecordSource,
	resolved: ResolvedRecord,
	resolvedRelations: ReadonlySet<RawRelation>,
	targets: LinkTargets,
): RecordText {
	const { doc, parsed } = record;
	const removals: Range[] = parsed.removals.filter((r) =>
		(r.requires ?? []).every((relation) => resolvedRelations.has(relation)),
	);
	const isRemoved = (offset: number) => insideAny(removals, offset);
	const links = rewriteLinks(doc.body, doc.tree, doc.file.absolutePath, targets, isRemoved);
	const notes: Note[] = [...record.notes, ...resolved.notes, ...links.notes];
	const missing = [...(parsed.date ? [] : ['date']), ...(parsed.decisionMakers.length ? [] : ['decision makers'])];
	if (resolved.status === 'accepted' && missing.length) notes.push(note('Missing', { what: missing }));

	const render = (htmlAsText: boolean) => {
		const escapes = mdxEscapes(doc.body, doc.tree, { isRemoved, htmlAsText });
		const body = applyEdits(doc.body, [...links.edits, ...escapes.edits], removals).replace(/^\s*\n/, '');
		return { body: body === '' || body.endsWith('\n') ? body : `${body}\n`, notes: escapes.notes };
	};
	let rendered = render(false);
	const problem = mdxProblem(rendered.body);
	if (problem !== undefined) {
		rendered = render(true);
		rendered.notes.unshift(note('HtmlAsText', { detail: problem }));
		const still = mdxProblem(rendered.body);
		if (still !== undefined) return { ok: false, reason: `MDX cannot compile it: ${still}` };
	}

	const fields: RecordFields = {
		title: parsed.title,
		id: record.id,
		status: resolved.status,
		...(parsed.sourceStatus === undefined ? {} : { sourceStatus: parsed.sourceStatus }),
		...(parsed.date ? { date: parsed.date } : {}),
		decisionMakers: parsed.decisionMakers,
		consulted: parsed.consulted,
		informed: parsed.informed,
		supersedes: resolved.supersedes,
		...(resolved.supersededBy ? { supersededBy: resolved.supersededBy } : {}),
		amends: resolved.amends,
		tags: parsed.tags,
		importedFrom: doc.file.path,
	};
	const text = `${recordFrontmatter(fields)}\n${rendered.body}`;
	const error = readDocumentSource(record.target, text).problems.find((p) => p.severity === 'error');
	if (error)
		return { ok: false, reason: `its frontmatter would not pass cairn check: ${error.field}: ${error.message}` };
	return { ok: true, text, fields, notes: [...notes, ...rendered.notes], images: links.images };
}
