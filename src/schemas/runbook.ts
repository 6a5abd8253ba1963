// Runbooks: what to do when a named alert fires for a service, written for the person on call.
import { z } from 'zod';
import { severities } from '../core/vocabulary.ts';
import {
	alertName,
	commonFields,
	documentKind,
	duration,
	isoDate,
	person,
	serviceName,
	text,
	webUrl,
} from './common.ts';

export const runbookSchema = z.strictObject({
	kind: documentKind('runbook'),
	...commonFields,
	service: serviceName.describe(
		'The service this runbook is for, as the team names it. Required. Example: `service: claims-api`',
	),
	severity: z
		.enum(severities)
		.describe(
			'How bad the situation it handles is, from `sev1` (customer-facing outage) to `sev4` (no user impact). Required.',
		),
	alerts: z
		.array(alertName)
		.default([])
		.describe('The names of the alerts that send someone here, exactly as the alerting system names them.'),
	escalation: z
		.union([text, z.array(person).min(1, { error: 'expected at least one person or team' })])
		.transform((value) => (typeof value === 'string' ? [value] : value))
		.describe(
			'Who to call when the steps do not work, in order. A single line is accepted too. Example: `escalation: [Platform on-call (PagerDuty), Head of Engineering]`',
		),
	dashboards: z
		.array(webUrl('https://grafana.example.com/d/abc'))
		.default([])
		.describe(
			'Links to the dashboards used in the diagnosis. Example: `dashboards: [https://grafana.example.com/d/abc]`',
		),
	lastReviewed: isoDate.describe(
		'Runbooks go stale fastest, so the review date is required. Example: `lastReviewed: 2026-03-14`',
	),
	reviewEvery: duration.default('90d').describe('How often the runbook must be rehearsed or re-read. Default: 90d.'),
});

export type Runbook = z.output<typeof runbookSchema>;
