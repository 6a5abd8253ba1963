// The whole import, planned before anything is written: which files are ADRs and in which format,
// their numbers, relations, new file names and MDX text, the images to copy, and every note. A
// mistake in the request (a number collision, a target that exists) throws a UserError, so the
// command writes nothing.
import GithubSlugger from 'github-slugger';
import { posix } from 'node:path';
import { UserError } from '../errors.ts';
import { baseWithSlash, documentId, pageUrl } from '../paths.ts';
import { parseAdrTools } from './format-adr-tools.ts';
import { parseLog4brains } from './format-log4brains.ts';
import { parseMadr } from './format-madr.ts';
import { DAY_FIRST, folderDateOrder, type DateOrder } from './fields.ts';
import type { AdrFormat, ExistingDocument, ParseContext, ParsedAdr, RawRelation, SourceFolder } from './model.ts';
import { note, type Note } from './notes.ts';
import { adrId } from '../scaffold/names.ts';
import { assignNumbers } from './numbering.ts';
import { plainText, span, walk } from './markdown.ts';
import { matchRecord, recordIndex, type RecordIndex } from './record-match.ts';
import type { RecordFields } from './record-frontmatter.ts';
import { recordText } from './record-text.ts';
import { resolveRelations } from './relations.ts';
import { sortFiles, type SortedFiles } from './sort-files.ts';
import type { SourceDoc } from './source-doc.ts';
import { readSourceName } from './source-name.ts';
import { bodySuccessors, preambleRelations } from './status-section.ts';
import { refuseTakenTargets, targetName } from './targets.ts';
import { numberedWithSpace } from './title.ts';

export interface ImportRequest {
	/** Absolute path of the project (the folder holding content/). */
	projectRoot: string;
	client: string;
	/** The client's `site.base`, e.g. `/` or `/handover`. */
	base: string;
	/** The documents already in the client. */
	existing: readonly ExistingDocument[];
	folders: readonly SourceFolder[];
	format: AdrFormat | 'auto';
	/** How slash dates (`03/04/2021`) are read: as the user said (`--dates`), else as the folder proves, else day first. */
	dates?: 'dmy' | 'mdy';
	/** Whether a file exists, by absolute path: the targets, and the images links point to. */
	exists: (absolutePath: string) => boolean;
}

export type PlanEntry =
	| { kind: 'write'; source: string; target: string; text: string; record: PlannedFields; notes: Note[] }
	| { kind: 'skip'; source: string; reason: string }
	| { kind: 'fail'; source: string; target: string; reason: string };

/** What the new record's frontmatter says, and what the source said, for the dry run's table. */
export interface PlannedFields extends RecordFields {
	sourceDate?: string;
}

export interface PlannedImage {
	/** Absolute source path. */
	from: string;
	/** Project-relative target path. */
	target: string;
}

export interface ImportPlan {
	/** The client's ADR folder, project-relative: `content/acme/adr`. */
	adrDir: string;
	formats: SortedFiles['formats'];
	/** One entry per Markdown file, in folder and path order. */
	entries: PlanEntry[];
	images: PlannedImage[];
}

const PARSERS: Readonly<Record<AdrFormat, (doc: SourceDoc, context: ParseContext) => ParsedAdr>> = {
	'adr-tools': parseAdrTools,
	madr: parseMadr,
	log4brains: parseLog4brains,
};

interface PlannedRecord {
	doc: SourceDoc;
	parsed: ParsedAdr;
	display: string;
	number: number;
	id: string;
	/** Project-relative path of the new file. */
	target: string;
	siteLink: string;
	notes: Note[];
}

export function planImport(request: ImportRequest): ImportPlan {
	const adrDir = `content/${request.client}/adr`;
	const base = baseWithSlash(request.base);
	const sorted = sortFiles(request.folders, request.format);
	const dates = dateOrder(
		request.dates,
		sorted.adrs.map((adr) => adr.doc.file.text),
	);
	const spaceNumbered = new Map<string, number>();
	for (const { doc } of sorted.adrs) {
		if (numberedWithSpace(doc, readSourceName(doc.file.path).number))
			spaceNumbered.set(doc.file.folder, (spaceNumbered.get(doc.file.folder) ?? 0) + 1);
	}
	const parsed = sorted.adrs.map((adr) => {
		const withSpace = (spaceNumbered.get(adr.doc.file.folder) ?? 0) >= 2;
		const result = PARSERS[adr.format](adr.doc, { dates: dates.order, numberedWithSpace: withSpace });
		const mixed = dates.mixed && result.notes.some((n) => n.code === 'DateDayFirst');
		const notes = mixed ? [...result.notes, note('DateOrderMixed')] : result.notes;
		const successors =
			result.status === 'superseded' && !result.relations.some((r) => r.type === 'supersededBy')
				? bodySuccessors(adr.doc)
				: [];
		const stated = new Set(
			result.relations.map((r) => `${r.type} ${'url' in r.target ? r.target.url : r.target.number}`),
		);
		const preamble = preambleRelations(adr.doc).filter(
			(r) => 'url' in r.target && !stated.has(`${r.type} ${r.target.url}`),
		);
		const relations = [...result.relations, ...preamble, ...successors];
		const found = successors.map((s) => note('SuccessorFromBody', { text: s.text }));
		return { ...adr, parsed: { ...result, relations, notes: [...notes, ...found] } };
	});
	const numbers = assignNumbers(
		parsed.map((p) => ({
			key: p.doc.file.absolutePath,
			display: p.display,
			keeps: p.format !== 'log4brains',
			...(p.parsed.number === undefined ? {} : { number: p.parsed.number }),
			...(p.parsed.sortDate === undefined ? {} : { sortDate: p.parsed.sortDate }),
			fileName: posix.basename(p.doc.file.path),
		})),
		request.existing,
		`content/${request.client}`,
	);
	const records = parsed.map((p): PlannedRecord => {
		const assignment = numbers.get(p.doc.file.absolutePath);
		if (!assignment) throw new Error(`no number for ${p.display}`);
		const id = adrId(assignment.number);
		const name = targetName(id, p.parsed.slug, p.parsed.title);
		return {
			...p,
			number: assignment.number,
			id,
			target: `${adrDir}/${name}`,
			siteLink: pageUrl(base, documentId(`adr/${name}`)),
			notes: [...p.parsed.notes, ...assignment.notes],
		};
	});
	refuseTakenTargets(
		request,
		records.map((record) => record.target),
	);

	const byPath = new Map(records.map((r) => [r.doc.file.absolutePath, r]));
	const bySourceNumber = new Map(records.flatMap((r) => (r.parsed.number === undefined ? [] : [[r.parsed.number, r]])));
	const index = recordIndex(records.map((r) => r.doc.file.absolutePath));
	const resolution = resolveRelations(
		records.map((r) => ({
			key: r.doc.file.absolutePath,
			id: r.id,
			number: r.number,
			display: r.doc.file.path,
			status: r.parsed.status,
			relations: r.parsed.relations,
		})),
		(record, relation) => relationTarget(record.key, relation, index, bySourceNumber),
	);

	const entries = new Map<string, PlanEntry>();
	for (const [path, { display, reason }] of sorted.skipped)
		entries.set(path, { kind: 'skip', source: display, reason });
	const images = new Map<string, PlannedImage>();
	/** Each record's heading anchors, read once however many links point into it. */
	const anchorsByPath = new Map<string, Set<string>>();
	for (const record of records) {
		const resolved = resolution.records.get(record.doc.file.absolutePath);
		if (!resolved) throw new Error(`no relations for ${record.display}`);
		const result = recordText(record, resolved, resolution.resolved, {
			siteLink: (path) => byPath.get(path)?.siteLink,
			skipped: (path) => sorted.skipped.get(path)?.reason,
			record: (url, from) => matchRecord(index, url, from),
			anchors: (path) => {
				const target = byPath.get(path);
				if (!target) return new Set();
				const known = anchorsByPath.get(path) ?? headingAnchors(target);
				anchorsByPath.set(path, known);
				return known;
			},
			exists: request.exists,
		});
		const where = { source: record.display, target: record.target };
		if (!result.ok) {
			entries.set(record.doc.file.absolutePath, { kind: 'fail', ...where, reason: result.reason });
			continue;
		}
		const fields: PlannedFields = {
			...result.fields,
			...(record.parsed.sourceDate === undefined ? {} : { sourceDate: record.parsed.sourceDate }),
		};
		entries.set(record.doc.file.absolutePath, {
			kind: 'write',
			...where,
			text: result.text,
			record: fields,
			notes: result.notes,
		});
		for (const image of result.images) {
			const target = posix.join(adrDir, image.to);
			const other = images.get(target);
			if (other && other.from !== image.from) {
				throw new UserError('ImportImageClash', { target, first: other.from, second: image.from });
			}
			images.set(target, { from: image.from, target });
		}
	}
	refuseTakenTargets(request, [...images.keys()]);

	const order = request.folders.flatMap((folder) => folder.files.map((file) => file.absolutePath));
	return {
		adrDir,
		formats: sorted.formats,
		entries: order.flatMap((path) => {
			const entry = entries.get(path);
			return entry ? [entry] : [];
		}),
		images: [...images.values()],
	};
}

/** The order slash dates are read in: the user's, else the one the folder's dates prove, else day first. */
function dateOrder(given: 'dmy' | 'mdy' | undefined, texts: readonly string[]): { order: DateOrder; mixed: boolean } {
	if (given) return { order: { order: given, why: `--dates ${given}` }, mixed: false };
	const proven = folderDateOrder(texts);
	if (proven === 'mixed') return { order: DAY_FIRST, mixed: true };
	return { order: proven ?? DAY_FIRST, mixed: false };
}

/** The record a relation points to: by link, in any form `matchRecord` knows, or by number. */
function relationTarget(
	from: string,
	relation: RawRelation,
	index: RecordIndex,
	bySourceNumber: ReadonlyMap<number, PlannedRecord>,
): string | undefined {
	if ('number' in relation.target) return bySourceNumber.get(relation.target.number)?.doc.file.absolutePath;
	return matchRecord(index, relation.target.url, from);
}

/** The anchors of the headings a record keeps (those its import does not remove), as Astro slugs them. */
function headingAnchors(record: PlannedRecord): Set<string> {
	const slugger = new GithubSlugger();
	const anchors = new Set<string>();
	walk(record.doc.tree, (node) => {
		if (node.type !== 'heading') return true;
		const start = span(node).start;
		if (!record.parsed.removals.some((r) => start >= r.start && start < r.end))
			anchors.add(slugger.slug(plainText(node)));
		return false;
	});
	return anchors;
}
