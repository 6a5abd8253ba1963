// The 90-day plan: phases counted in days from a start date, and dated checklist items.
import { z } from 'zod';
import { addRule, commonFields, isoDate, person, text } from './common.ts';

const day = z.int({ error: 'expected a whole number of days' }).min(0, { error: 'expected 0 or more days' });

const phase = z.strictObject({
	/** What the phase is about. @example name: Listen and stabilise */
	name: text,
	/** First day of the phase, counted from the plan's start (day 0). @example firstDay: 0 */
	firstDay: day,
	/** Last day of the phase, inclusive. @example lastDay: 30 */
	lastDay: day,
	/** What the phase must achieve. */
	goals: z.array(text).default([]),
});

const item = z.strictObject({
	/** The task. */
	title: text,
	/** Who does it. */
	owner: person,
	/** When it is due; its phase is the one whose days contain this date. */
	due: isoDate,
	/** Whether it is finished. Default: false. */
	done: z.boolean().default(false),
});

export const planSchema = z
	.strictObject({
		kind: z.literal('plan'),
		...commonFields,
		/** Day 0 of the plan. @example start: 2026-01-12 */
		start: isoDate,
		/** The phases, usually days 0–30, 31–60 and 61–90. At least one. */
		phases: z.array(phase).min(1),
		/** The checklist. */
		items: z.array(item).default([]),
	})
	.superRefine((plan, ctx) => {
		plan.phases.forEach((p, index) => {
			if (p.lastDay < p.firstDay) {
				addRule(
					ctx,
					'EndBeforeStart',
					{ start: `day ${p.firstDay}`, end: `day ${p.lastDay}` },
					{ path: ['phases', index, 'lastDay'] },
				);
			}
			const previous = plan.phases[index - 1];
			if (previous && p.firstDay <= previous.lastDay) {
				addRule(ctx, 'PhasesOverlap', { name: p.name, other: previous.name }, { path: ['phases', index, 'firstDay'] });
			}
		});
	});

export type Plan = z.output<typeof planSchema>;
