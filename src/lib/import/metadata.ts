// Turns the metadata values a source gives (from front matter or from "Key: value" bullets) into
// the fields of a record, with a note for everything mapped, assumed or left out.
import type { Link } from 'mdast';
import { readDate, readPeople, readTags, textValue } from './fields.ts';
import { readMetadataList } from './metadata-list.ts';
import type { AdrStatus, Range, RawRelation } from './model.ts';
import { note, type Note } from './notes.ts';
import type { SourceDoc } from './source-doc.ts';
import { readStatus } from './status.ts';

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
	date?: string;
	decisionMakers: string[];
	consulted: string[];
	informed: string[];
	tags: string[];
	relations: RawRelation[];
	notes: Note[];
}

export function readMetadata(raw: RawMetadata): Metadata {
	const notes: Note[] = [];
	const relations: RawRelation[] = [];
	const statusText = textValue(raw.status);
	let status: AdrStatus = 'accepted';
	if (statusText === undefined) {
		notes.push(note('StatusAssumed'));
	} else {
		const reading = readStatus(statusText);
		status = reading.status;
		notes.push(...reading.notes);
		const successor = raw.statusLinks?.[0];
		if (status === 'superseded' && successor) {
			relations.push({ type: 'supersededBy', target: { url: successor.url }, text: statusText });
		} else if (status === 'superseded' && reading.successorNumber !== undefined) {
			relations.push({ type: 'supersededBy', target: { number: reading.successorNumber }, text: statusText });
		}
	}
	const date = readDate(raw.date);
	notes.push(...date.notes);
	const tags = readTags(raw.tags);
	notes.push(...tags.notes);
	return {
		status,
		...(date.date ? { date: date.date } : {}),
		decisionMakers: readPeople(raw.decisionMakers),
		consulted: readPeople(raw.consulted),
		informed: readPeople(raw.informed),
		tags: tags.tags,
		relations,
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
