// The 12-month roadmap: dated items grouped by theme, each tied to the decisions behind it.
import { z } from 'zod';
import { addRule, adrId, checkUniqueIds, commonFields, isoDate, itemId, person, text } from './common.ts';

export const roadmapStatuses = ['planned', 'in-progress', 'done', 'dropped'] as const;

const roadmapItem = z.strictObject({
	/** Unique within the roadmap; other documents refer to the item by it. @example id: R-04 */
	id: itemId('R-04'),
	/** What will be delivered. */
	title: text,
	/** The theme the item belongs to; the timeline groups items by theme. @example theme: Reliability */
	theme: text,
	/** First day of work. */
	start: isoDate,
	/** Day it is expected to be done. */
	end: isoDate,
	/** `planned`, `in-progress`, `done` or `dropped`. */
	status: z.enum(roadmapStatuses),
	/** The ADRs that decide how it is done. @example adrs: [ADR-0003] */
	adrs: z.array(adrId).default([]),
	/** Who delivers it. */
	owner: person.optional(),
});

export const roadmapSchema = z
	.strictObject({
		kind: z.literal('roadmap'),
		...commonFields,
		/** The period the roadmap covers, usually twelve months. */
		horizon: z.strictObject({
			/** First day covered. */
			start: isoDate,
			/** Last day covered. */
			end: isoDate,
		}),
		/** The roadmap items. At least one. */
		items: z.array(roadmapItem).min(1),
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
