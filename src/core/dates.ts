// Calendar dates as `YYYY-MM-DD` strings: they compare as text, print as written and carry no
// time zone, which is what frontmatter dates mean. Pure functions; the clock is always passed in.

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

export type DateCheck = { ok: true; date: IsoDate } | { ok: false; reason: string };

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks that `text` is a real calendar date in `YYYY-MM-DD` form (2026-02-30 is not). */
export function checkIsoDate(text: string): DateCheck {
	const match = ISO_DATE.exec(text.trim());
	if (!match) return { ok: false, reason: 'expected a date written YYYY-MM-DD' };
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12) return { ok: false, reason: `not a real date (there is no month ${month})` };
	const last = daysInMonth(year, month);
	if (day < 1 || day > last) {
		return { ok: false, reason: `not a real date (${MONTHS[month - 1]} ${year} has ${last} days)` };
	}
	return { ok: true, date: text.trim() };
}

/** The UTC calendar date of a `Date`, as YAML parsers produce for unquoted dates. */
export function dateToIso(date: Date): IsoDate {
	return date.toISOString().slice(0, 10);
}

function toUtc(date: IsoDate): Date {
	return new Date(`${date}T00:00:00Z`);
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** Adds whole days to a date. */
export function addDays(date: IsoDate, days: number): IsoDate {
	return dateToIso(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** A review interval such as `90d`, `6w`, `3m` or `1y`. */
export interface Duration {
	amount: number;
	unit: 'd' | 'w' | 'm' | 'y';
}

const DURATION = /^(\d+)\s*([dwmy])$/;

/** Parses `90d`, `6w`, `3m`, `1y`; `undefined` when the text is not of that form. */
export function parseDuration(text: string): Duration | undefined {
	const match = DURATION.exec(text.trim());
	if (!match || Number(match[1]) === 0) return undefined;
	return { amount: Number(match[1]), unit: match[2] as Duration['unit'] };
}

/** Adds a duration to a date; months and years keep the day of month, clamped to the month's end. */
export function addDuration(date: IsoDate, duration: Duration): IsoDate {
	if (duration.unit === 'd') return addDays(date, duration.amount);
	if (duration.unit === 'w') return addDays(date, duration.amount * 7);
	const start = toUtc(date);
	const months = duration.unit === 'm' ? duration.amount : duration.amount * 12;
	const year = start.getUTCFullYear() + Math.floor((start.getUTCMonth() + months) / 12);
	// `%` keeps the sign in JavaScript: going back from March by 12 months must land in a month 0–11.
	const month = (((start.getUTCMonth() + months) % 12) + 12) % 12;
	const day = Math.min(start.getUTCDate(), daysInMonth(year, month + 1));
	return dateToIso(new Date(Date.UTC(year, month, day)));
}

/** Today's date in UTC for a given clock reading. */
export function isoToday(now: Date): IsoDate {
	return dateToIso(now);
}

/** An instant in UTC, written `YYYY-MM-DDTHH:MM:SSZ`: when an incident started, was detected, was resolved. */
export type IsoDateTime = string;

export type DateTimeCheck = { ok: true; dateTime: IsoDateTime } | { ok: false; reason: string };

/**
 * A date and time as an author may write it (see {@link checkIsoDateTime}), as a pattern without
 * flags, so that the editor schemas (JSON Schema) can carry the same rule.
 */
export const DATE_TIME_PATTERN =
	'^(\\d{4}-\\d{2}-\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2}))?\\s*([Zz]|[Uu][Tt][Cc]|[+-]\\d{2}:?\\d{2})?$';
const DATE_TIME = new RegExp(DATE_TIME_PATTERN);
const DATE_TIME_EXAMPLE = 'such as 2026-03-14T02:10Z or 2026-03-14 02:10 UTC';

/**
 * Reads a date and time: `2026-03-14T02:10Z`, `2026-03-14 02:10 UTC`, `2026-03-14T04:10:00+02:00`.
 * A time without a zone is UTC, as YAML reads an unquoted `2026-03-14 02:10:00`.
 */
export function checkIsoDateTime(text: string): DateTimeCheck {
	const match = DATE_TIME.exec(text.trim());
	if (!match) return { ok: false, reason: `expected a date and time, ${DATE_TIME_EXAMPLE}` };
	const [, date = '', hours = '', minutes = '', seconds = '00', zone] = match;
	const day = checkIsoDate(date);
	if (!day.ok) return day;
	if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) {
		return { ok: false, reason: `not a real time (${hours}:${minutes}:${seconds})` };
	}
	const offset = zone === undefined || /^(z|utc)$/i.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
	const instant = new Date(`${date}T${hours}:${minutes}:${seconds}${offset}`);
	return { ok: true, dateTime: dateTimeToIso(instant) };
}

/** A `Date` as an {@link IsoDateTime}, to the second. */
export function dateTimeToIso(date: Date): IsoDateTime {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Minutes from one instant to another (negative when `to` is earlier). */
export function minutesBetween(from: IsoDateTime, to: IsoDateTime): number {
	return (new Date(to).getTime() - new Date(from).getTime()) / 60_000;
}

/** A span of minutes as people say it: `45 min`, `2 h 05 min`, `3 d 4 h`. */
export function formatMinutes(minutes: number): string {
	const total = Math.round(minutes);
	if (total < 60) return `${total} min`;
	const days = Math.floor(total / 1440);
	const hours = Math.floor((total % 1440) / 60);
	const rest = total % 60;
	if (days > 0) return hours ? `${days} d ${hours} h` : `${days} d`;
	return rest ? `${hours} h ${String(rest).padStart(2, '0')} min` : `${hours} h`;
}
