// The hiring plan: roles by quarter, with headcount and salary bands. Usually team-only or internal.
import { z } from 'zod';
import { addRule, commonFields, currency, documentKind, person, quarter, text } from './common.ts';

export const roleStatuses = ['planned', 'open', 'hired', 'paused', 'cancelled'] as const;

const role = z
	.strictObject({
		title: text.describe('The role as it will be advertised. Example: `title: Senior platform engineer`'),
		level: text.describe('Seniority, as the company names it. Example: `level: L4`'),
		quarter: quarter.describe('The quarter the hire should start in. Example: `quarter: 2027-Q1`'),
		count: z
			.int({ error: 'expected a whole number of people' })
			.min(1)
			.default(1)
			.describe('How many people. Default: 1.'),
		salaryBand: z
			.strictObject({
				min: z.number().nonnegative().describe('The lowest yearly salary, a number without separators.'),
				max: z.number().nonnegative().describe('The highest yearly salary; not below `min`.'),
				currency: currency.describe(
					'The currency, as a three-letter ISO 4217 code. Default: USD. Example: `currency: EUR`',
				),
			})
			.describe('The yearly base salary range for one person. Example: `salaryBand: { min: 150000, max: 180000 }`'),
		status: z.enum(roleStatuses).describe('`planned`, `open`, `hired`, `paused` or `cancelled`.'),
		owner: person.optional().describe('The hiring manager.'),
	})
	.superRefine((r, ctx) => {
		if (r.salaryBand.max < r.salaryBand.min) {
			addRule(
				ctx,
				'EndBeforeStart',
				{ start: String(r.salaryBand.min), end: String(r.salaryBand.max) },
				{ path: ['salaryBand', 'max'] },
			);
		}
	});

export const hiringSchema = z.strictObject({
	kind: documentKind('hiring'),
	...commonFields,
	roles: z.array(role).min(1).describe('The roles to fill. At least one.'),
});

export type Hiring = z.output<typeof hiringSchema>;
