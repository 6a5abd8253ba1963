// Field schemas shared by every document kind and by client.yaml.
import { z } from 'zod';
import {
	checkIsoDate,
	checkIsoDateTime,
	dateTimeToIso,
	dateToIso,
	parseDuration,
	type IsoDate,
	type IsoDateTime,
} from '../core/dates.ts';
import { audiences } from '../core/audiences.ts';
import { starlightFields } from './starlight.ts';

export { addRule, checkUniqueIds, ruleOf, type RuleParams } from './rules.ts';

/**
 * A date, or a date and time, written as text or given as the `Date` YAML parsers make of an
 * unquoted one: `read` checks the text, `fromDate` writes a `Date` the same way, and `expected`
 * says what is wanted when the value is neither.
 */
function temporal<T extends string>(
	expected: string,
	read: (text: string) => { ok: true; value: T } | { ok: false; reason: string },
	fromDate: (date: Date) => T,
) {
	return z.union([z.string(), z.date()], { error: expected }).transform((value, ctx): T => {
		const check =
			value instanceof Date
				? Number.isNaN(value.getTime())
					? { ok: false as const, reason: expected }
					: { ok: true as const, value: fromDate(value) }
				: read(value);
		if (check.ok) return check.value;
		ctx.issues.push({ code: 'custom', message: check.reason, input: value });
		return z.NEVER;
	});
}

/**
 * A calendar date, written `YYYY-MM-DD` in frontmatter. It must exist: `2026-02-30` is an error.
 * YAML parsers turn unquoted dates into `Date` objects; both forms are accepted and the output is
 * always the `YYYY-MM-DD` string.
 * @example lastReviewed: 2026-03-14
 */
export const isoDate = temporal<IsoDate>(
	'expected a date written YYYY-MM-DD',
	(text) => {
		const check = checkIsoDate(text);
		return check.ok ? { ok: true, value: check.date } : check;
	},
	dateToIso,
);

/**
 * A date and time, e.g. when an incident started: `2026-03-14T02:10Z`, `2026-03-14 02:10 UTC` or
 * with an offset (`+02:00`); without a zone it is UTC. The output is the instant in UTC,
 * `2026-03-14T02:10:00Z`.
 * @example started: 2026-03-14T02:10Z
 */
export const isoDateTime = temporal<IsoDateTime>(
	'expected a date and time such as 2026-03-14T02:10Z',
	(text) => {
		const check = checkIsoDateTime(text);
		return check.ok ? { ok: true, value: check.dateTime } : check;
	},
	dateTimeToIso,
);

/**
 * How often a document must be reviewed: a number and a unit, `d` (days), `w` (weeks), `m`
 * (months) or `y` (years).
 * @example reviewEvery: 90d
 */
export const duration = z.string().refine((text) => parseDuration(text) !== undefined, {
	error: 'expected a review interval such as 90d, 12w, 6m or 1y',
});

/**
 * The identifier of an architecture decision record: `ADR-` and at least four digits.
 * @example ADR-0007
 */
export const adrId = z.string().regex(/^ADR-\d{4,}$/, { error: 'expected an ADR id such as ADR-0007' });

/**
 * The id of an item in a list of a document (a roadmap item, a debt item, an action item): letters,
 * digits and hyphens, so that it can be an anchor and be referred to. `example` shows one.
 */
export function itemId(example: string) {
	return z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, {
		error: `expected an id of letters, digits and hyphens, e.g. ${example}`,
	});
}

/**
 * A short lowercase label used for filtering and search facets.
 * @example payments
 */
export const tag = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
	error: 'expected a lowercase tag of letters, digits and hyphens, e.g. data-platform',
});

/** A person or team, written as it should be shown, e.g. `Priya Raman (CTO)` or `Platform team`. */
export const person = z.string().trim().min(1, { error: 'expected a name' });

/** A calendar quarter. @example 2027-Q1 */
export const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, { error: 'expected a quarter such as 2027-Q1' });

/** A three-letter ISO 4217 currency code. Default: USD. @example EUR */
export const currency = z
	.string()
	.regex(/^[A-Z]{3}$/, { error: 'expected a three-letter currency code such as USD or EUR' })
	.default('USD');

/** A non-empty line of text. */
export const text = z.string().trim().min(1, { error: 'expected some text' });

/**
 * A web address: `https://` or `http://` only, so that a link built from it can never run a
 * script (`javascript:`) or open something else (`file:`, `data:`).
 */
export function webUrl(example: string) {
	return z.httpUrl({ error: `expected an address starting with https://, such as ${example}` });
}

/**
 * A service's name as the team says it. It becomes a search filter and groups the runbooks, so
 * it is letters, digits, spaces and \`. _ - / : ( ) +\` only: no markup, quotes or braces.
 * @example service: claims-api
 */
export const serviceName = z
	.string()
	.trim()
	.max(80, { error: 'expected a service name of at most 80 characters' })
	.regex(/^[\p{L}\p{N}][\p{L}\p{N} ._\/:()+-]*$/u, {
		error: 'expected a service name of letters, digits, spaces and . _ - / : ( ) +, e.g. claims-api',
	});

/**
 * An alert's name, exactly as the alerting system names it. It becomes an anchor of the alert
 * table and a search term, so it is letters, digits, spaces and \`. _ - / : ( ) [ ] +\` only.
 * @example IngestLagHigh
 */
export const alertName = z
	.string()
	.trim()
	.max(120, { error: 'expected an alert name of at most 120 characters' })
	.regex(/^[\p{L}\p{N}_][\p{L}\p{N} _.\/:()[\]+-]*$/u, {
		error: 'expected an alert name of letters, digits, spaces and . _ - / : ( ) [ ] +, e.g. IngestLagHigh',
	});

/** The `kind` field of a document of kind `name`: it decides the schema, the folder and the views. */
export const documentKind = <K extends string>(name: K) =>
	z
		.literal(name)
		.describe(
			`The document kind, \`${name}\` here: it decides which fields the document has and where the site lists it.`,
		);

/**
 * The fields every document has, whatever its kind.
 */
export const commonFields = {
	title: text.describe('The page title, shown as the heading, in the sidebar and in search results. Required.'),
	description: text
		.optional()
		.describe('One or two sentences on what the document is for; used in search results and meta tags.'),
	owner: person.optional().describe('Who keeps this document current after the engagement: a person or a team.'),
	tags: z
		.array(tag)
		.default([])
		.describe('Labels for filtering and search. Default: none. Example: `tags: [payments, compliance]`'),
	lastReviewed: isoDate
		.optional()
		.describe('The date someone last checked this document against reality. Example: `lastReviewed: 2026-03-14`'),
	reviewEvery: duration
		.optional()
		.describe('How often it must be reviewed; with `lastReviewed`, marks it overdue. Example: `reviewEvery: 90d`'),
	audience: z
		.array(z.enum(audiences))
		.min(1, { error: 'expected at least one audience' })
		.default(['team'])
		.describe(
			"Who may read it: `team` (the client's engineers), `investor` (the diligence site), `internal` (the CTO's own build only). A document is built only into the sites of its audiences. Default: `[team]`. Example: `audience: [team, investor]`",
		),
	...starlightFields,
};
