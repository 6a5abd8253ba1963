// Reading metadata values the way ADR tools write them: dates, lists of people, tags, and the
// template placeholders ("[YYYY-MM-DD …]", "{list everyone …}") that mean "not filled in".
import { checkIsoDate, dateToIso } from '../dates.ts';
import { note, type Note } from './notes.ts';

/** A value left as the template wrote it, e.g. `[YYYY-MM-DD when …]` or `{list everyone …}`. */
export function isPlaceholder(text: string): boolean {
	return /^\s*(?:\[.*\]|\{.*\})\s*$/.test(text);
}

/** A text value of a metadata field, or `undefined` when it is empty or a placeholder. */
export function textValue(value: unknown): string | undefined {
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	return text === '' || isPlaceholder(text) ? undefined : text;
}

export interface DateValue {
	date?: string;
	notes: Note[];
}

/** Reads `YYYY-MM-DD` (with or without a time), or the day-first `DD/MM/YYYY` old adr-tools wrote. */
export function readDate(value: unknown): DateValue {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return { date: dateToIso(value), notes: [] };
	const text = textValue(value);
	if (text === undefined) return { notes: [] };
	const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
	if (iso?.[1] && checkIsoDate(iso[1]).ok) return { date: iso[1], notes: [] };
	const dayFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
	if (dayFirst) {
		const date = `${dayFirst[3]}-${dayFirst[2]?.padStart(2, '0')}-${dayFirst[1]?.padStart(2, '0')}`;
		if (checkIsoDate(date).ok) return { date, notes: [note('DateDayFirst', { text, date })] };
	}
	return { notes: [note('DateUnreadable', { text })] };
}

/** People from a YAML list or a comma-separated line: `Ann Lee, Bob (CTO)`. */
export function readPeople(value: unknown): string[] {
	const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,;]/) : [];
	return items.flatMap((item) => {
		const text = textValue(item);
		return text === undefined ? [] : [text];
	});
}

export interface TagsValue {
	tags: string[];
	notes: Note[];
}

/**
 * Tags from a YAML list, or a line separated by commas (`API design, partners`) or, without
 * commas, by spaces (`api partners`); each made lowercase-kebab.
 */
export function readTags(value: unknown): TagsValue {
	const split = (text: string) => text.split(text.includes(',') ? ',' : /\s+/);
	const items: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? split(value) : [];
	const raw = items.flatMap((item) => {
		const text = textValue(item);
		return text === undefined ? [] : [text];
	});
	const tags = [
		...new Set(
			raw
				.map((tag) =>
					tag
						.toLowerCase()
						.replace(/[^a-z0-9]+/g, '-')
						.replace(/^-+|-+$/g, ''),
				)
				.filter(Boolean),
		),
	];
	const changed = raw.length !== tags.length || raw.some((tag, index) => tag !== tags[index]);
	return { tags, notes: changed ? [note('TagsNormalized', { from: raw, to: tags })] : [] };
}
