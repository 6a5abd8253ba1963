// The security baseline: controls by area, each with its status, owner and due date.
import { z } from 'zod';
import { controlStatuses } from '../core/vocabulary.ts';
import { checkUniqueIds, commonFields, documentKind, isoDate, person, text } from './common.ts';

const control = z.strictObject({
	id: z
		.string()
		.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
			error: 'expected an id of letters, digits, dots and hyphens, e.g. IAM-03',
		})
		.describe('Unique within the baseline. Example: `id: IAM-03`'),
	area: text.describe(
		'The area it belongs to; the summary counts controls per area. Example: `area: Identity and access`',
	),
	title: text.describe('What the control is.'),
	status: z.enum(controlStatuses).describe('`in-place`, `partial`, `missing` or `n/a`.'),
	owner: person.optional().describe('Who is responsible for it.'),
	due: isoDate.optional().describe('When a control that is not in place should be.'),
});

export const securitySchema = z
	.strictObject({
		kind: documentKind('security'),
		...commonFields,
		framework: text.optional().describe('The framework it follows, if any. Example: `framework: SOC 2`'),
		controls: z.array(control).min(1).describe('The controls. At least one.'),
	})
	.superRefine((baseline, ctx) => {
		checkUniqueIds(
			ctx,
			baseline.controls.map((c) => c.id),
			(index) => ['controls', index, 'id'],
		);
	});

export type Security = z.output<typeof securitySchema>;
