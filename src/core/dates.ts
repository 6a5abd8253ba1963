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
	const month = (start.getUTCMonth() + months) % 12;
	const day = Math.min(start.getUTCDate(), daysInMonth(year, month + 1));
	return dateToIso(new Date(Date.UTC(year, month, day)));
}

/** Today's date in UTC for a given clock reading. */
export function isoToday(now: Date): IsoDate {
	return dateToIso(now);
}
