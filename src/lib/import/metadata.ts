// Turns the metadata values a source gives (from front matter or from "Key: value" bullets) into
// the fields of a record, with a note for everything mapped, assumed or left out.
import type { Link } from 'mdast';
import { readDate, readPeople, readTags, textValue } from './fields.ts';
import { readMetadataList } from './metadata-list.ts';
import { readDateSource } from './date-source.ts';
import type { AdrStatus, ParseContext, ParsedAdr, Range, RawRelation } from './model.ts';
import { note, type Note } from './notes.ts';
import type { SourceDoc } from './source-doc.ts';
import { readStatusSource, statusOf } from './status-section.ts';

export interface RawMetadata {
	status?: unknown;
	/** The links written in the status, e.g. `superseded by [x](x.md)`. */
	statusLinks?: readonly Link[];
	date?: unknown;
	decisionMakers?: unknown;
	consulted?: unknown;
	informed?: unknown;
	tags?: unknown;
}

export interface Metadata {
	status: AdrStatus;
	sourceStatus?: string;
	date?: string;
	sourceDate?: string;
	decisionMakers: string[];
	consulted: string[];
	informed: string[];
	tags: string[];
	relations: RawRelation[];
	/** Body text read as metadata outside the front matter and bullets: a status section, a date line. */
	removals: ParsedAdr['removals'];
	notes: Note[];
}

/**
 * The metadata of a record from its front matter or bullets (`raw`), and where those say nothing,
 * from the body the way a hand-written record states it: a `## Status` section, a `Date:` line.
 */
export function readMetadata(raw: RawMetadata, doc: SourceDoc, context: ParseContext): Metadata {
	const notes: Note[] = [];
	const relations: RawRelation[] = [];
	const removals: ParsedAdr['removals'] = [];
	let statusText = textValue(raw.status);
	if (statusText === undefined) {
		const section = readStatusSource(doc);
		statusText = section.text;
		relations.push(...section.relations);
		removals.push(...section.removals);
		notes.push(...section.notes);
	}
	const reading = statusOf(statusText, relations);
	notes.push(...reading.notes);
	// A link in a front matter string: `status: superseded by [ADR-0005](0005-x.md)`.
	const inText = /\]\(\s*<?([^)\s>]+)>?\s*\)/.exec(textValue(raw.status) ?? '')?.[1];
	const successor = raw.statusLinks?.[0] ?? (inText ? { url: inText } : undefined);
	if (reading.status === 'superseded' && successor) {
		relations.push({ type: 'supersededBy', target: { url: successor.url }, text: statusText ?? '' });
	} else if (reading.status === 'superseded' && reading.successorNumber !== undefined) {
		relations.push({ type: 'supersededBy', target: { number: reading.successorNumber }, text: statusText ?? '' });
	}
	const sourceStatus = statusText ?? relations.find((r) => r.type === 'supersededBy')?.text;
	let date: { date?: string; text?: string; notes: Note[] };
	const rawDate = raw.date instanceof Date ? raw.date : textValue(raw.date);
	if (rawDate !== undefined) {
		date = { ...readDate(rawDate, context.dates), ...(typeof rawDate === 'string' ? { text: rawDate } : {}) };
	} else {
		const found = readDateSource(doc, context.dates, statusText);
		removals.push(...found.removals);
		date = found;
	}
	notes.push(...date.notes);
	const tags = readTags(raw.tags);
	notes.push(...tags.notes);
	return {
		status: reading.status,
		...(sourceStatus ? { sourceStatus } : {}),
		...(date.date ? { date: date.date } : {}),
		...(date.text ? { sourceDate: date.text } : {}),
		decisionMakers: readPeople(raw.decisionMakers),
		consulted: readPeople(raw.consulted),
		informed: readPeople(raw.informed),
		tags: tags.tags,
		relations,
		removals,
		notes,
	};
}

type Field = Exclude<keyof RawMetadata, 'statusLinks'>;

/** Metadata keys as MADR 2–4 and log4brains write them, in front matter or bullets. */
const KEYS: Readonly<Record<string, Field>> = {
	status: 'status',
	date: 'date',
	'decision-makers': 'decisionMakers',
	deciders: 'decisionMakers',
	consulted: 'consulted',
	informed: 'informed',
	tags: 'tags',
};

export interface CollectedMetadata {
	raw: RawMetadata;
	/** The bullets that became frontmatter. */
	removals: Range[];
	notes: Note[];
}

/**
 * The metadata of a MADR or log4brains record: front matter keys first, then `Key: value`
 * bullets under the title. Other front matter keys (Jekyll's `parent`, `nav_order`, Hugo's
 * `weight`) are dropped, with one note per file; `title` is used when there is no title heading.
 */
export function collectMetadata(doc: SourceDoc, titleFromFrontmatter: boolean): CollectedMetadata {
	const raw: RawMetadata = {};
	const dropped: string[] = [];
	for (const [key, value] of Object.entries(doc.frontmatter ?? {})) {
		const field = KEYS[key.toLowerCase()];
		if (field) raw[field] ??= value;
		else if (!(key === 'title' && titleFromFrontmatter)) dropped.push(key);
	}
	const list = readMetadataList(doc, Object.keys(KEYS));
	for (const item of list?.items ?? []) {
		const field = KEYS[item.key];
		if (!field || raw[field] !== undefined) continue;
		raw[field] = item.value;
		if (field === 'status') raw.statusLinks = item.links;
	}
	return {
		raw,
		removals: list?.removals ?? [],
		notes: dropped.length ? [note('DroppedKeys', { keys: dropped })] : [],
	};
}
