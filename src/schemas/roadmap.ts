// The 12-month roadmap: dated items grouped by theme, each tied to the decisions behind it.
import { z } from 'zod';
import { addRule, adrId, checkUniqueIds, commonFields, documentKind, isoDate, itemId, person, text } from './common.ts';

export const roadmapStatuses = ['planned', 'in-progress', 'done', 'dropped'] as const;

const roadmapItem = z.strictObject({
	id: itemId('R-04').describe(
		'Unique within the roadmap; other documents refer to the item by it. Example: `id: R-04`',
	),
	title: text.describe('What will be delivered.'),
	theme: text.describe(
		'The theme the item belongs to; the timeline groups items by theme. Example: `theme: Reliability`',
	),
	start: isoDate.describe('First day of work.'),
	end: isoDate.describe('Day it is expected to be done.'),
	status: z.enum(roadmapStatuses).describe('`planned`, `in-progress`, `done` or `dropped`.'),
	adrs: z.array(adrId).default([]).describe('The ADRs that decide how it is done. Example: `adrs: [ADR-0003]`'),
	owner: person.optional().describe('Who delivers it.'),
});

export const roadmapSchema = z
	.strictObject({
		kind: documentKind('roadmap'),
		...commonFields,
		horizon: z
			.strictObject({
				start: isoDate.describe('First day covered.'),
				end: isoDate.describe('Last day covered.'),
			})
			.describe('The period the roadmap covers, usually twelve months.'),
		items: z.array(roadmapItem).min(1).describe('The roadmap items. At least one.'),
	})
	.superRefine((roadmap, ctx) => {
		if (roadmap.horizon.end < roadmap.horizon.start) {
			addRule(ctx, 'EndBeforeStart', roadmap.horizon, { path: ['horizon', 'end'] });
		}
		roadmap.items.forEach((item, index) => {
			if (item.end < item.start) addRule(ctx, 'EndBeforeStart', item, { path: ['items', index, 'end'] });
		});
		checkUniqueIds(
			ctx,
			roadmap.items.map((item) => item.id),
			(index) => ['items', index, 'id'],
		);
	});

export type Roadmap = z.output<typeof roadmapSchema>;
export type RoadmapItem = Roadmap['items'][number];
