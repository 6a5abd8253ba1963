// The technology budget: what is paid to whom, monthly or yearly, and when contracts renew.
import { z } from 'zod';
import { addRule, commonFields, currency, isoDate, text } from './common.ts';

const line = z
	.strictObject({
		/** What the money is for; totals are per category. @example category: Cloud */
		category: text,
		/** Who is paid. @example vendor: AWS */
		vendor: text,
		/** What it buys, if the vendor does not say. */
		item: text.optional(),
		/** Cost per month. Give this or `annual`. */
		monthly: z.number().nonnegative().optional(),
		/** Cost per year. Give this or `monthly`. */
		annual: z.number().nonnegative().optional(),
		/** Default: the budget's currency. */
		currency: z
			.string()
			.regex(/^[A-Z]{3}$/, { error: 'expected a three-letter currency code such as USD or EUR' })
			.optional(),
		/** When the contract renews; renewals within 90 days of the build are flagged. */
		renewal: isoDate.optional(),
	})
	.superRefine((l, ctx) => {
		if ((l.monthly === undefined) === (l.annual === undefined)) {
			addRule(ctx, 'BudgetLineCost', {}, { path: ['monthly'], anchor: ['vendor'] });
		}
	});

export const budgetSchema = z.strictObject({
	kind: z.literal('budget'),
	...commonFields,
	/** The first day of the budget's year; quarters count from it. @example start: 2027-01-01 */
	start: isoDate,
	/** The currency of lines that do not name one. Default: USD. */
	currency,
	/** The budget lines. At least one. */
	lines: z.array(line).min(1),
});

export type Budget = z.output<typeof budgetSchema>;
