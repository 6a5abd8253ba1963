// Reading metadata values the way ADR tools write them: dates, lists of people, tags, and the
// template placeholders ("[YYYY-MM-DD …]", "{list everyone …}") that mean "not filled in".
import { checkIsoDate, dateToIso } from '../../core/dates.ts';
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

/** Which way slash dates are read (`03/04/2021`), and why, for the notes. */
export interface DateOrder {
	order: 'dmy' | 'mdy';
	why: string;
}

export const DAY_FIRST: DateOrder = { order: 'dmy', why: 'day first by default; --dates mdy reads month first' };

const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
	[
		['january', 'jan', 'januar', 'janeiro', 'enero', 'janvier', 'gennaio', 'januari'],
		['february', 'feb', 'februar', 'fevereiro', 'febrero', 'février', 'fevrier', 'febbraio', 'februari'],
		['march', 'mar', 'märz', 'maerz', 'março', 'marco', 'marzo', 'mars', 'maart'],
		['april', 'apr', 'abril', 'avril', 'aprile'],
		['may', 'mai', 'maio', 'mayo', 'maggio', 'mei'],
		['june', 'jun', 'juni', 'junho', 'junio', 'juin', 'giugno'],
		['july', 'jul', 'juli', 'julho', 'julio', 'juillet', 'luglio'],
		['august', 'aug', 'agosto', 'août', 'aout', 'augustus'],
		['september', 'sep', 'sept', 'setembro', 'septiembre', 'septembre', 'settembre'],
		['october', 'oct', 'oktober', 'outubro', 'octubre', 'octobre', 'ottobre'],
		['november', 'nov', 'novembro', 'noviembre', 'novembre'],
		['december', 'dec', 'dezember', 'dezembro', 'diciembre', 'décembre', 'decembre', 'dicembre'],
	].flatMap((names, index) => names.map((name) => [name, index + 1])),
);

const pad = (n: number) => String(n).padStart(2, '0');
const fullYear = (text: string) =>
	text.length === 4 ? Number(text) : Number(text) + (Number(text) < 70 ? 2000 : 1900);

interface Candidate {
	index: number;
	text: string;
	read: () => { date: string; notes: Note[] } | undefined;
}

const isoOf = (year: number, month: number, day: number) => {
	const date = `${year}-${pad(month)}-${pad(day)}`;
	return checkIsoDate(date).ok ? date : undefined;
};

/** Every date-looking span of a text, each with how to read it. */
function dateCandidates(text: string, order: DateOrder): Candidate[] {
	const found: Candidate[] = [];
	for (const m of text.matchAll(/(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g)) {
		const date = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
		found.push({ index: m.index, text: m[0], read: () => (date ? { date, notes: [] } : undefined) });
	}
	for (const m of text.matchAll(/(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]?\d)/g)) {
		const [a, b, year] = [Number(m[1]), Number(m[3]), fullYear(m[4] ?? '')];
		found.push({
			index: m.index,
			text: m[0],
			read: () => {
				// A number above 12 can only be the day; dots are day first (`04.03.2021`, as in German);
				// otherwise the folder's order decides.
				const dayFirst = a > 12 || (b <= 12 && (order.order === 'dmy' || m[2] === '.'));
				const date = dayFirst ? isoOf(year, b, a) : isoOf(year, a, b);
				if (!date) return undefined;
				const ambiguous = a <= 12 && b <= 12 && a !== b && m[2] !== '.';
				const notes = ambiguous
					? [note(dayFirst ? 'DateDayFirst' : 'DateMonthFirst', { text: m[0], date, why: order.why })]
					: [];
				return { date, notes };
			},
		});
	}
	const month = (name: string | undefined) => MONTHS[(name ?? '').toLowerCase().replace(/\.$/, '')];
	for (const m of text.matchAll(
		/(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|º|°|\.)?\s+(?:of\s+|de\s+)?(\p{L}+\.?),?\s+(?:de\s+)?(\d{4})(?!\d)/gu,
	)) {
		const monthNumber = month(m[2]);
		if (monthNumber === undefined) continue;
		const date = isoOf(Number(m[3]), monthNumber, Number(m[1]));
		found.push({ index: m.index, text: m[0], read: () => (date ? { date, notes: [] } : undefined) });
	}
	for (const m of text.matchAll(/(?<![\p{L}\d])(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/gu)) {
		const monthNumber = month(m[1]);
		if (monthNumber === undefined) continue;
		const date = isoOf(Number(m[3]), monthNumber, Number(m[2]));
		found.push({ index: m.index, text: m[0], read: () => (date ? { date, notes: [] } : undefined) });
	}
	return found.sort((x, y) => x.index - y.index);
}

/**
 * Reads the first date of a value, as people write them: `2021-03-04` (with or without a time),
 * `2021/03/04`, `04/03/2021` and `04/03/21` (day first unless `order` says otherwise; a number
 * above 12 settles it), `4 March 2021`, `March 4, 2021`, `4th of March 2021`, and the month names
 * of a few languages. A date that cannot be read is a note, never a silent drop.
 */
export function readDate(value: unknown, order: DateOrder = DAY_FIRST): DateValue {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return { date: dateToIso(value), notes: [] };
	// A template's brackets kept around a real date, `[2022-10-05]`: the date, not a placeholder.
	const bracketed = typeof value === 'string' ? /^\s*[[{]\s*([^\][{}]*?)\s*[\]}]\s*$/.exec(value)?.[1] : undefined;
	const text = bracketed !== undefined && /\d/.test(bracketed) ? bracketed : textValue(value);
	if (text === undefined) return { notes: [] };
	for (const candidate of dateCandidates(text, order)) {
		const read = candidate.read();
		if (read) return read;
	}
	return { notes: [note('DateUnreadable', { text })] };
}

/** The first date written in a text that may say other things: `Accepted on 3 March 2021`. */
export function findDate(text: string, order: DateOrder = DAY_FIRST): string | undefined {
	for (const candidate of dateCandidates(text, order)) {
		const read = candidate.read();
		if (read) return read.date;
	}
	return undefined;
}

/**
 * How a folder writes slash dates, when its files prove it: a first number above 12 proves day
 * first, a second number above 12 month first. `undefined` when nothing proves either.
 */
export function folderDateOrder(texts: readonly string[]): DateOrder | 'mixed' | undefined {
	let dayFirst = 0;
	let monthFirst = 0;
	for (const text of texts) {
		for (const m of text.matchAll(/(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/.-]?\d)/g)) {
			const [a, b] = [Number(m[1]), Number(m[2])];
			if (a > 12 && a <= 31 && b <= 12) dayFirst++;
			else if (b > 12 && b <= 31 && a <= 12) monthFirst++;
		}
	}
	if (dayFirst && monthFirst) return 'mixed';
	if (dayFirst) return { order: 'dmy', why: `the folder's other dates are day first, as ${dayFirst} of them prove` };
	if (monthFirst)
		return { order: 'mdy', why: `the folder's other dates are month first, as ${monthFirst} of them prove` };
	return undefined;
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
