// The tech-debt register: what is owed, where, how much it hurts and what paying it back costs.
import { z } from 'zod';
import { checkUniqueIds, commonFields, documentKind, itemId, text } from './common.ts';

export const debtStatuses = ['open', 'in-progress', 'paid', 'accepted'] as const;

const item = z.strictObject({
	id: itemId('TD-07').describe('Unique within the register. Example: `id: TD-07`'),
	title: text.describe('What the debt is.'),
	area: text.describe('Where it is. Example: `area: Ingestion`'),
	impact: z
		.int({ error: 'expected a whole number' })
		.min(1, { error: 'expected 1 to 5' })
		.max(5, { error: 'expected 1 to 5' })
		.describe('How much it hurts, from 1 (barely) to 5 (blocks work or risks an incident).'),
	effort: z
		.number()
		.positive({ error: 'expected engineer-weeks above 0' })
		.describe('What paying it back costs, in engineer-weeks. Example: `effort: 3`'),
	status: z.enum(debtStatuses).describe('`open`, `in-progress`, `paid`, or `accepted` (kept on purpose).'),
	roadmap: z.string().optional().describe('The roadmap item that pays it back. Example: `roadmap: R-07`'),
});

export const debtSchema = z
	.strictObject({
		kind: documentKind('debt'),
		...commonFields,
		items: z.array(item).min(1).describe('The register. At least one item.'),
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
