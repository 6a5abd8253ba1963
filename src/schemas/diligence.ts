// The investor narrative: quality and reliability figures, key-person risks, and prose sections in
// the body. It is the heart of the diligence page.
import { z } from 'zod';
import { commonFields, isoDate, text } from './common.ts';

const percent = z
	.number()
	.min(0, { error: 'expected a percentage from 0 to 100' })
	.max(100, { error: 'expected a percentage from 0 to 100' });

const slo = z.strictObject({
	/** What is measured. @example name: Critical alert delivered within 5 minutes */
	name: text,
	/** The objective, as written. @example target: 99.5% */
	target: text,
	/** What was achieved over the period. @example actual: 99.7% */
	actual: text,
	/** The period. @example period: last 90 days */
	period: text.optional(),
});

const risk = z.strictObject({
	/** What only one person knows or can do. @example area: Billing integration */
	area: text,
	/** The person or role it depends on. */
	person: text.optional(),
	/** What would happen without them. */
	risk: text,
	/** What is being done about it. */
	mitigation: text,
});

export const diligenceSchema = z.strictObject({
	kind: z.literal('diligence'),
	...commonFields,
	/** A paragraph on the company's technology for investors; the body holds the full narrative. */
	summary: text,
	/** Code quality and delivery figures. */
	metrics: z.strictObject({
		/** Share of code covered by automated tests, in percent. */
		testCoverage: percent.optional(),
		/** How often production is deployed. @example deployFrequency: 14 per week */
		deployFrequency: text.optional(),
		/** Share of deployments that cause a failure, in percent. */
		changeFailureRate: percent.optional(),
		/** Mean time to restore service after an incident. @example mttr: 38 minutes */
		mttr: text.optional(),
		/** Customer-facing incidents in the last twelve months. */
		incidents12m: z.int().min(0).optional(),
		/** The last time a backup was restored and verified. */
		lastRestoreTest: isoDate.optional(),
	}),
	/** Service-level objectives with targets and what was achieved. */
	slos: z.array(slo).default([]),
	/** Where the company depends on one person. */
	keyPersonRisks: z.array(risk).default([]),
});

export type Diligence = z.output<typeof diligenceSchema>;
