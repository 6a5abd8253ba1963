// A vendor evaluation: weighted criteria, options scored 1 to 5, the choice and the ADR recording it.
import { z } from 'zod';
import { addRule, adrId, commonFields, text } from './common.ts';
import { suggest } from '../core/suggest.ts';

const criterion = z.strictObject({
	/** What is judged. @example name: HIPAA BAA available */
	name: text,
	/** How much it counts, relative to the others. @example weight: 3 */
	weight: z.number().positive({ error: 'expected a weight above 0' }),
});

const option = z.strictObject({
	/** The vendor or product. */
	name: text,
	/** A score from 1 (poor) to 5 (excellent) for each criterion, by the criterion's name. */
	scores: z.record(
		z.string(),
		z
			.int({ error: 'expected a whole score' })
			.min(1, { error: 'expected a score from 1 to 5' })
			.max(5, { error: 'expected a score from 1 to 5' }),
	),
	/** A line on what stood out. */
	notes: text.optional(),
});

export const vendorSchema = z
	.strictObject({
		kind: z.literal('vendor'),
		...commonFields,
		/** The criteria and their weights. At least one. */
		criteria: z.array(criterion).min(1),
		/** The options considered. At least two. */
		options: z.array(option).min(2),
		/** The option chosen, by name; absent while undecided. */
		chosen: text.optional(),
		/** The ADR that records the choice. @example decision: ADR-0014 */
		decision: adrId.optional(),
	})
	.superRefine((evaluation, ctx) => {
		const criteria = evaluation.criteria.map((c) => c.name);
		const options = evaluation.options.map((o) => o.name);
		evaluation.options.forEach((o, i) => {
			for (const name of criteria) {
				if (o.scores[name] === undefined)
					addRule(ctx, 'MissingScore', { option: o.name, criterion: name }, { path: ['options', i, 'scores'] });
			}
			for (const name of Object.keys(o.scores)) {
				if (!criteria.includes(name)) {
					const suggestion = suggest(name, criteria);
					addRule(
						ctx,
						'UnknownCriterion',
						{ name, ...(suggestion ? { suggestion } : {}) },
						{ path: ['options', i, 'scores', name] },
					);
				}
			}
		});
		if (evaluation.chosen && !options.includes(evaluation.chosen)) {
			const suggestion = suggest(evaluation.chosen, options);
			addRule(
				ctx,
				'UnknownOption',
				{ name: evaluation.chosen, ...(suggestion ? { suggestion } : {}) },
				{ path: ['chosen'] },
			);
		}
	});

export type Vendor = z.output<typeof vendorSchema>;
