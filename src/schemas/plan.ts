// The 90-day plan: phases counted in days from a start date, and dated checklist items.
import { z } from 'zod';
import { addRule, commonFields, documentKind, isoDate, person, text } from './common.ts';

const day = z.int({ error: 'expected a whole number of days' }).min(0, { error: 'expected 0 or more days' });

const phase = z.strictObject({
	name: text.describe('What the phase is about. Example: `name: Listen and stabilise`'),
	firstDay: day.describe("First day of the phase, counted from the plan's start (day 0). Example: `firstDay: 0`"),
	lastDay: day.describe('Last day of the phase, inclusive. Example: `lastDay: 30`'),
	goals: z.array(text).default([]).describe('What the phase must achieve.'),
});

const item = z.strictObject({
	title: text.describe('The task, in a line. Example: `title: Move backups off the primary`'),
	owner: person.describe('The person who does it. Example: `owner: Priya Raman`'),
	due: isoDate.describe('When it is due; its phase is the one whose days contain this date.'),
	done: z.boolean().default(false).describe('Whether it is finished. Default: false.'),
});

export const planSchema = z
	.strictObject({
		kind: documentKind('plan'),
		...commonFields,
		start: isoDate.describe('Day 0 of the plan. Example: `start: 2026-01-12`'),
		phases: z.array(phase).min(1).describe('The phases, usually days 0–30, 31–60 and 61–90. At least one.'),
		items: z.array(item).default([]).describe('The checklist.'),
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
