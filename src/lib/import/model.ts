// The shapes an ADR import passes between its steps: source files in, records and a plan out.
import type { adrStatuses } from '../../core/vocabulary.ts';
import type { DateOrder } from './fields.ts';
import type { Note } from './notes.ts';

/** A status Cairn knows: proposed, accepted, rejected, deprecated or superseded. */
export type AdrStatus = (typeof adrStatuses)[number];

/** The ADR dialects `cairn import adr` reads. */
export const adrFormats = ['adr-tools', 'madr', 'log4brains'] as const;
export type AdrFormat = (typeof adrFormats)[number];

/** A Markdown file found in a folder given to the import. */
export interface SourceFile {
	/** The folder as the user wrote it on the command line, for messages, e.g. `docs/adr`. */
	folder: string;
	/** The path inside that folder, with `/` separators, e.g. `0005-help-comments.md`. */
	path: string;
	/** The absolute path, with `/` separators; relative links between ADRs resolve against it. */
	absolutePath: string;
	text: string;
	/** When the file was not UTF-8: the first byte that was not, and where; the text was then read as Windows-1252. */
	notUtf8?: { byte: string; line: number; column: number };
}

/** A folder given to the import and the Markdown files in it (and its subfolders), sorted. */
export interface SourceFolder {
	/** As the user wrote it. */
	display: string;
	/** Absolute, with `/` separators. */
	absolutePath: string;
	files: SourceFile[];
}

/** A span of a text, as offsets: `start` inclusive, `end` exclusive. */
export interface Range {
	start: number;
	end: number;
}

export type RelationType = 'supersedes' | 'supersededBy' | 'amends' | 'amendedBy';

/** A relation as the source states it, before it is resolved to a record of the import. */
export interface RawRelation {
	type: RelationType;
	/** A link (resolved against the source file) or an ADR number (`superseded by ADR-0012`). */
	target: { url: string } | { number: number };
	/** The words of the source, for messages, e.g. `Amended by 9. Help scripts`. */
	text: string;
}

/** What a format parser reads out of one ADR file. */
export interface ParsedAdr {
	title: string;
	/** The number the source gives the record, when it has one. */
	number?: number;
	/** The part of the file name that names the record, without number, date prefix or extension. */
	slug: string;
	status: AdrStatus;
	/** The status as the source wrote it, kept verbatim in the record; undefined when it gives none. */
	sourceStatus?: string;
	/** The decision's date, `YYYY-MM-DD`. */
	date?: string;
	/** The date as the source wrote it, for the dry run's table. */
	sourceDate?: string;
	/** The date used to order records that have no number (log4brains). */
	sortDate?: string;
	decisionMakers: string[];
	consulted: string[];
	informed: string[];
	tags: string[];
	relations: RawRelation[];
	/**
	 * Body text that became frontmatter: the title heading, metadata lines and sections. A removal
	 * with `requires` happens only when all those relations resolve; otherwise the text stays.
	 */
	removals: (Range & { requires?: RawRelation[] })[];
	notes: Note[];
}

/** What a parser needs to know of the whole import: its folder's habits. */
export interface ParseContext {
	dates: DateOrder;
	/** The folder writes title numbers followed by a space only (`# 12 Use Kafka`), in two records or more. */
	numberedWithSpace?: boolean;
}

/** A document already in the client, which the import must not collide with. */
export interface ExistingDocument {
	/** Path inside the client folder, e.g. `adr/0004-use-postgres.mdx`. */
	path: string;
	/** An ADR's number, from its `id`, or from its file name when the id is unreadable. */
	number?: number;
}
