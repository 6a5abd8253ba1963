// A vendor evaluation: weighted criteria, options scored 1 to 5, the choice and the ADR recording it.
import { z } from 'zod';
import { addRule, adrId, commonFields, documentKind, text } from './common.ts';
import { suggest } from '../core/suggest.ts';

const criterion = z.strictObject({
	name: text.describe('What is judged. Example: `name: HIPAA BAA available`'),
	weight: z
		.number()
		.positive({ error: 'expected a weight above 0' })
		.describe('How much it counts, relative to the others. Example: `weight: 3`'),
});

const option = z.strictObject({
	name: text.describe('The vendor or product.'),
	scores: z
		.record(
			z.string(),
			z
				.int({ error: 'expected a whole score' })
				.min(1, { error: 'expected a score from 1 to 5' })
				.max(5, { error: 'expected a score from 1 to 5' }),
		)
		.describe("A score from 1 (poor) to 5 (excellent) for each criterion, by the criterion's name."),
	notes: text.optional().describe('A line on what stood out.'),
});

export const vendorSchema = z
	.strictObject({
		kind: documentKind('vendor'),
		...commonFields,
		criteria: z.array(criterion).min(1).describe('The criteria and their weights. At least one.'),
		options: z.array(option).min(2).describe('The options considered. At least two.'),
		chosen: text.optional().describe('The option chosen, by name; absent while undecided.'),
		decision: adrId.optional().describe('The ADR that records the choice. Example: `decision: ADR-0014`'),
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
