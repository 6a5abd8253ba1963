// The hiring plan: roles by quarter, with headcount and salary bands. Usually team-only or internal.
import { z } from 'zod';
import { addRule, commonFields, currency, person, quarter, text } from './common.ts';

export const roleStatuses = ['planned', 'open', 'hired', 'paused', 'cancelled'] as const;

const role = z
	.strictObject({
		/** The role as it will be advertised. @example title: Senior platform engineer */
		title: text,
		/** Seniority, as the company names it. @example level: L4 */
		level: text,
		/** The quarter the hire should start in. @example quarter: 2027-Q1 */
		quarter,
		/** How many people. Default: 1. */
		count: z.int({ error: 'expected a whole number of people' }).min(1).default(1),
		/** The yearly base salary range for one person. @example salaryBand: { min: 150000, max: 180000 } */
		salaryBand: z.strictObject({
			min: z.number().nonnegative(),
			max: z.number().nonnegative(),
			currency,
		}),
		/** `planned`, `open`, `hired`, `paused` or `cancelled`. */
		status: z.enum(roleStatuses),
		/** The hiring manager. */
		owner: person.optional(),
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
	kind: z.literal('hiring'),
	...commonFields,
	/** The roles to fill. At least one. */
	roles: z.array(role).min(1),
});

export type Hiring = z.output<typeof hiringSchema>;
