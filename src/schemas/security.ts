// The security baseline: controls by area, each with its status, owner and due date.
import { z } from 'zod';
import { controlStatuses } from '../core/vocabulary.ts';
import { checkUniqueIds, commonFields, isoDate, person, text } from './common.ts';

const control = z.strictObject({
	/** Unique within the baseline. @example id: IAM-03 */
	id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
		error: 'expected an id of letters, digits, dots and hyphens, e.g. IAM-03',
	}),
	/** The area it belongs to; the summary counts controls per area. @example area: Identity and access */
	area: text,
	/** What the control is. */
	title: text,
	/** `in-place`, `partial`, `missing` or `n/a`. */
	status: z.enum(controlStatuses),
	/** Who is responsible for it. */
	owner: person.optional(),
	/** When a control that is not in place should be. */
	due: isoDate.optional(),
});

export const securitySchema = z
	.strictObject({
		kind: z.literal('security'),
		...commonFields,
		/** The framework it follows, if any. @example framework: SOC 2 */
		framework: text.optional(),
		/** The controls. At least one. */
		controls: z.array(control).min(1),
	})
	.superRefine((baseline, ctx) => {
		checkUniqueIds(
			ctx,
			baseline.controls.map((c) => c.id),
			(index) => ['controls', index, 'id'],
		);
	});

export type Security = z.output<typeof securitySchema>;
