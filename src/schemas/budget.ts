// The technology budget: what is paid to whom, monthly or yearly, and when contracts renew.
import { z } from 'zod';
import { addRule, commonFields, currency, documentKind, isoDate, text } from './common.ts';

const line = z
	.strictObject({
		category: text.describe('What the money is for; totals are per category. Example: `category: Cloud`'),
		vendor: text.describe('Who is paid. Example: `vendor: AWS`'),
		item: text.optional().describe('What it buys, if the vendor does not say.'),
		monthly: z.number().nonnegative().optional().describe('Cost per month. Give this or `annual`.'),
		annual: z.number().nonnegative().optional().describe('Cost per year. Give this or `monthly`.'),
		currency: z
			.string()
			.regex(/^[A-Z]{3}$/, { error: 'expected a three-letter currency code such as USD or EUR' })
			.optional()
			.describe("Default: the budget's currency."),
		renewal: isoDate.optional().describe('When the contract renews; renewals within 90 days of the build are flagged.'),
	})
	.superRefine((l, ctx) => {
		if ((l.monthly === undefined) === (l.annual === undefined)) {
			addRule(ctx, 'BudgetLineCost', {}, { path: ['monthly'], anchor: ['vendor'] });
		}
	});

export const budgetSchema = z.strictObject({
	kind: documentKind('budget'),
	...commonFields,
	start: isoDate.describe("The first day of the budget's year; quarters count from it. Example: `start: 2027-01-01`"),
	currency: currency.describe('The currency of lines that do not name one. Default: USD.'),
	lines: z.array(line).min(1).describe('The budget lines. At least one.'),
});

export type Budget = z.output<typeof budgetSchema>;
