// Field schemas shared by every document kind and by client.yaml.
import { z } from 'zod';
import { checkIsoDate, dateToIso, parseDuration, type IsoDate } from '../lib/dates.ts';
import { audiences } from '../lib/paths.ts';
import { problemCatalogue, type ProblemArgs, type ProblemCode } from '../lib/problems/catalogue.ts';

/**
 * A calendar date, written `YYYY-MM-DD` in frontmatter. It must exist: `2026-02-30` is an error.
 * YAML parsers turn unquoted dates into `Date` objects; both forms are accepted and the output is
 * always the `YYYY-MM-DD` string.
 * @example lastReviewed: 2026-03-14
 */
export const isoDate = z
	.union([z.string(), z.date()], { error: 'expected a date written YYYY-MM-DD' })
	.transform((value, ctx): IsoDate => {
		if (value instanceof Date) {
			if (!Number.isNaN(value.getTime())) return dateToIso(value);
			ctx.issues.push({ code: 'custom', message: 'expected a date written YYYY-MM-DD', input: value });
			return z.NEVER;
		}
		const check = checkIsoDate(value);
		if (check.ok) return check.date;
		ctx.issues.push({
			code: 'custom',
			message: check.reason,
			input: value,
		});
		return z.NEVER;
	});

/**
 * How often a document must be reviewed: a number and a unit, `d` (days), `w` (weeks), `m`
 * (months) or `y` (years).
 * @example reviewEvery: 90d
 */
export const duration = z.string().refine((text) => parseDuration(text) !== undefined, {
	message: 'expected a review interval such as 90d, 12w, 6m or 1y',
});

/**
 * The identifier of an architecture decision record: `ADR-` and at least four digits.
 * @example ADR-0007
 */
export const adrId = z.string().regex(/^ADR-\d{4,}$/, { message: 'expected an ADR id such as ADR-0007' });

/**
 * A short lowercase label used for filtering and search facets.
 * @example payments
 */
export const tag = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
	message: 'expected a lowercase tag of letters, digits and hyphens, e.g. data-platform',
});

/** A person or team, written as it should be shown, e.g. `Priya Raman (CTO)` or `Platform team`. */
export const person = z.string().trim().min(1, { message: 'expected a name' });

/** A calendar quarter. @example 2027-Q1 */
export const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, { message: 'expected a quarter such as 2027-Q1' });

/** A three-letter ISO 4217 currency code. Default: USD. @example EUR */
export const currency = z
	.string()
	.regex(/^[A-Z]{3}$/, { message: 'expected a three-letter currency code such as USD or EUR' })
	.default('USD');

/** A non-empty line of text. */
export const text = z.string().trim().min(1, { message: 'expected some text' });

/**
 * The fields every document has, whatever its kind.
 */
export const commonFields = {
	/** The page title, shown as the heading, in the sidebar and in search results. Required. */
	title: text,
	/** One or two sentences on what the document is for; used in search results and meta tags. */
	description: text.optional(),
	/** Who keeps this document current after the engagement: a person or a team. */
	owner: person.optional(),
	/** Labels for filtering and search. Default: none. @example tags: [payments, compliance] */
	tags: z.array(tag).default([]),
	/** The date someone last checked this document against reality. @example lastReviewed: 2026-03-14 */
	lastReviewed: isoDate.optional(),
	/** How often it must be reviewed; with `lastReviewed`, marks it overdue. @example reviewEvery: 90d */
	reviewEvery: duration.optional(),
	/**
	 * Who may read it: `team` (the client's engineers), `investor` (the diligence site), `internal`
	 * (the CTO's own build only). A document is built only into the sites of its audiences.
	 * Default: `[team]`. @example audience: [team, investor]
	 */
	audience: z.array(z.enum(audiences)).min(1, { message: 'expected at least one audience' }).default(['team']),
};

/** What a schema rule attaches to a zod issue so the reporter can rebuild it from the catalogue. */
export interface RuleParams {
	cairn: ProblemCode;
	args: unknown;
	/**
	 * A field beside the issue's own (in the same object) whose line the problem is reported at,
	 * when the issue's field is not written (a missing field).
	 */
	anchor?: PropertyKey[];
}

/** Reports a cross-field rule from the problem catalogue, e.g. "an accepted ADR must give its date". */
export function addRule<C extends ProblemCode>(
	ctx: { addIssue: z.RefinementCtx['addIssue'] },
	code: C,
	args: ProblemArgs<C>,
	where: { path: PropertyKey[]; anchor?: PropertyKey[] },
): void {
	const params: RuleParams = { cairn: code, args, ...(where.anchor ? { anchor: where.anchor } : {}) };
	ctx.addIssue({
		code: 'custom',
		path: where.path,
		message: (problemCatalogue[code].message as (a: ProblemArgs<C>) => string)(args),
		params: params as unknown as Record<string, unknown>,
	});
}

/** Adds an error for every id in `ids` already used earlier in the same list. */
export function checkUniqueIds(
	ctx: Parameters<typeof addRule>[0],
	ids: readonly string[],
	pathOf: (index: number) => PropertyKey[],
): void {
	const seen = new Map<string, number>();
	ids.forEach((id, index) => {
		const first = seen.get(id);
		if (first === undefined) seen.set(id, index);
		else addRule(ctx, 'DuplicateItemId', { id, first: `item ${first + 1}` }, { path: pathOf(index) });
	});
}
