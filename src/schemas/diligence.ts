// The investor narrative: quality and reliability figures, key-person risks, and prose sections in
// the body. It is the heart of the diligence page.
import { z } from 'zod';
import { commonFields, documentKind, isoDate, text } from './common.ts';

const percent = z
	.number()
	.min(0, { error: 'expected a percentage from 0 to 100' })
	.max(100, { error: 'expected a percentage from 0 to 100' });

const slo = z.strictObject({
	name: text.describe('What is measured. Example: `name: Critical alert delivered within 5 minutes`'),
	target: text.describe('The objective, as written. Example: `target: 99.5%`'),
	actual: text.describe('What was achieved over the period. Example: `actual: 99.7%`'),
	period: text.optional().describe('The period. Example: `period: last 90 days`'),
});

const risk = z.strictObject({
	area: text.describe('What only one person knows or can do. Example: `area: Billing integration`'),
	person: text.optional().describe('The person or role it depends on.'),
	risk: text.describe('What would happen without them.'),
	mitigation: text.describe('What is being done about it.'),
});

export const diligenceSchema = z.strictObject({
	kind: documentKind('diligence'),
	...commonFields,
	summary: text.describe("A paragraph on the company's technology for investors; the body holds the full narrative."),
	metrics: z
		.strictObject({
			testCoverage: percent.optional().describe('Share of code covered by automated tests, in percent.'),
			deployFrequency: text
				.optional()
				.describe('How often production is deployed. Example: `deployFrequency: 14 per week`'),
			changeFailureRate: percent.optional().describe('Share of deployments that cause a failure, in percent.'),
			mttr: text.optional().describe('Mean time to restore service after an incident. Example: `mttr: 38 minutes`'),
			incidents12m: z.int().min(0).optional().describe('Customer-facing incidents in the last twelve months.'),
			lastRestoreTest: isoDate.optional().describe('The last time a backup was restored and verified.'),
		})
		.describe('Code quality and delivery figures.'),
	slos: z.array(slo).default([]).describe('Service-level objectives with targets and what was achieved.'),
	keyPersonRisks: z.array(risk).default([]).describe('Where the company depends on one person.'),
});

export type Diligence = z.output<typeof diligenceSchema>;
