// How a schema reports a rule across fields (an accepted ADR needs a date, ids are unique): a zod
// issue that carries its problem-catalogue code, so the reporter can rebuild the message.
import type { z } from 'zod';
import { isProblemCode, problemCatalogue, type ProblemArgs, type ProblemCode } from '../core/problem-catalogue.ts';

/**
 * What a schema rule attaches to a zod issue so the reporter can rebuild it from the catalogue.
 * A type, not an interface, so it is the record zod's `params` takes as it is.
 */
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- an interface is not a Record<string, unknown>
export type RuleParams = {
	cairn: ProblemCode;
	args: unknown;
	/**
	 * A field beside the issue's own (in the same object) whose line the problem is reported at,
	 * when the issue's field is not written (a missing field).
	 */
	anchor?: PropertyKey[];
};

/** The rule a zod issue's `params` carries, when it carries one of the catalogue's codes. */
export function ruleOf(params: Record<string, unknown> | undefined): RuleParams | undefined {
	const code = params?.cairn;
	if (!isProblemCode(code)) return undefined;
	const anchor = params?.anchor;
	const keys = Array.isArray(anchor)
		? anchor.filter((key): key is string | number => typeof key === 'string' || typeof key === 'number')
		: undefined;
	return { cairn: code, args: params?.args, ...(keys ? { anchor: keys } : {}) };
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
		params,
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
