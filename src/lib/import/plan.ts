// The whole import, planned before anything is written: which files are ADRs and in which format,
// their numbers, relations, new file names and MDX text, the images to copy, and every note. A
// mistake in the request (a number collision, a target that exists) throws a UserError, so the
// command writes nothing.
import { posix } from 'node:path';
import { UserError } from '../errors.ts';
import { documentId, pageUrl } from '../paths.ts';
import { parseAdrTools } from './format-adr-tools.ts';
import { parseLog4brains } from './format-log4brains.ts';
import { parseMadr } from './format-madr.ts';
import type { AdrFormat, ExistingDocument, ParsedAdr, RawRelation, SourceFolder } from './model.ts';
import type { Note } from './notes.ts';
import { adrId, assignNumbers } from './numbering.ts';
import { recordText } from './record-text.ts';
import { resolveRelations } from './relations.ts';
import { sortFiles, type SortedFiles } from './sort-files.ts';
import type { SourceDoc } from './source-doc.ts';
import { refuseTakenTargets, targetName } from './targets.ts';

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
	/** Whether a file exists, by absolute path: the targets, and the images links point to. */
	exists: (absolutePath: string) => boolean;
}

export type PlanEntry =
	| { kind: 'write'; source: string; target: string; text: string; notes: Note[] }
	| { kind: 'skip'; source: string; reason: string }
	| { kind: 'fail'; source: string; target: string; reason: string };

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

const PARSERS: Readonly<Record<AdrFormat, (doc: SourceDoc) => ParsedAdr>> = {
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
	const base = request.base.replace(/\/?$/, '/');
	const sorted = sortFiles(request.folders, request.format);
	const parsed = sorted.adrs.map((adr) => ({ ...adr, parsed: PARSERS[adr.format](adr.doc) }));
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
	const byFileName = new Map(records.map((r) => [posix.basename(r.doc.file.path), r.id]));
	const resolution = resolveRelations(
		records.map((r) => ({
			key: r.doc.file.absolutePath,
			id: r.id,
			number: r.number,
			display: r.doc.file.path,
			status: r.parsed.status,
			relations: r.parsed.relations,
		})),
		(record, relation) => relationTarget(record.key, relation, byPath, bySourceNumber),
	);

	const entries = new Map<string, PlanEntry>();
	for (const [path, { display, reason }] of sorted.skipped)
		entries.set(path, { kind: 'skip', source: display, reason });
	const images = new Map<string, PlannedImage>();
	for (const record of records) {
		const resolved = resolution.records.get(record.doc.file.absolutePath);
		if (!resolved) throw new Error(`no relations for ${record.display}`);
		const result = recordText(record, resolved, resolution.resolved, {
			siteLink: (path) => byPath.get(path)?.siteLink,
			skipped: (path) => sorted.skipped.get(path)?.reason,
			idByFileName: (name) => byFileName.get(name),
			exists: request.exists,
		});
		const where = { source: record.display, target: record.target };
		if (!result.ok) {
			entries.set(record.doc.file.absolutePath, { kind: 'fail', ...where, reason: result.reason });
			continue;
		}
		entries.set(record.doc.file.absolutePath, { kind: 'write', ...where, text: result.text, notes: result.notes });
		for (const image of result.images) {
			const target = posix.join(adrDir, image.to);
			const other = images.get(target);
			if (other && other.from !== image.from) {
				throw new UserError(
					`Two different images would be copied to ${target} (${other.from} and ${image.from}): rename one of them, then run the import again.`,
				);
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

/** The record a relation points to: by link, resolved against the stating file, or by number. */
function relationTarget(
	from: string,
	relation: RawRelation,
	byPath: ReadonlyMap<string, PlannedRecord>,
	bySourceNumber: ReadonlyMap<number, PlannedRecord>,
): string | undefined {
	if ('number' in relation.target) return bySourceNumber.get(relation.target.number)?.doc.file.absolutePath;
	const url = relation.target.url;
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/')) return undefined;
	let path = url.replace(/[?#].*$/, '');
	try {
		path = decodeURI(path);
	} catch {
		// A malformed escape: use the path as written.
	}
	const target = posix.resolve(posix.dirname(from), path);
	return byPath.has(target) ? target : undefined;
}
