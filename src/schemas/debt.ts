// The tech-debt register: what is owed, where, how much it hurts and what paying it back costs.
import { z } from 'zod';
import { checkUniqueIds, commonFields, itemId, text } from './common.ts';

export const debtStatuses = ['open', 'in-progress', 'paid', 'accepted'] as const;

const item = z.strictObject({
	/** Unique within the register. @example id: TD-07 */
	id: itemId('TD-07'),
	/** What the debt is. */
	title: text,
	/** Where it is. @example area: Ingestion */
	area: text,
	/** How much it hurts, from 1 (barely) to 5 (blocks work or risks an incident). */
	impact: z
		.int({ error: 'expected a whole number' })
		.min(1, { error: 'expected 1 to 5' })
		.max(5, { error: 'expected 1 to 5' }),
	/** What paying it back costs, in engineer-weeks. @example effort: 3 */
	effort: z.number().positive({ error: 'expected engineer-weeks above 0' }),
	/** `open`, `in-progress`, `paid`, or `accepted` (kept on purpose). */
	status: z.enum(debtStatuses),
	/** The roadmap item that pays it back. @example roadmap: R-07 */
	roadmap: z.string().optional(),
});

export const debtSchema = z
	.strictObject({
		kind: z.literal('debt'),
		...commonFields,
		/** The register. At least one item. */
		items: z.array(item).min(1),
	})
	.superRefine((register, ctx) => {
		checkUniqueIds(
			ctx,
			register.items.map((i) => i.id),
			(index) => ['items', index, 'id'],
		);
	});

export type Debt = z.output<typeof debtSchema>;
export type DebtItem = Debt['items'][number];
