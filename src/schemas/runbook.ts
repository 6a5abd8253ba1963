// Runbooks: what to do when a named alert fires for a service, written for the person on call.
import { z } from 'zod';
import { severities } from '../core/vocabulary.ts';
import { alertName, commonFields, duration, isoDate, person, serviceName, text, webUrl } from './common.ts';

export const runbookSchema = z.strictObject({
	kind: z.literal('runbook'),
	...commonFields,
	/** The service this runbook is for, as the team names it. Required. @example service: claims-api */
	service: serviceName,
	/**
	 * How bad the situation it handles is, from `sev1` (customer-facing outage) to `sev4` (no
	 * user impact). Required.
	 */
	severity: z.enum(severities),
	/** The names of the alerts that send someone here, exactly as the alerting system names them. */
	alerts: z.array(alertName).default([]),
	/**
	 * Who to call when the steps do not work, in order. A single line is accepted too.
	 * @example escalation: [Platform on-call (PagerDuty), Head of Engineering]
	 */
	escalation: z
		.union([text, z.array(person).min(1, { error: 'expected at least one person or team' })])
		.transform((value) => (typeof value === 'string' ? [value] : value)),
	/** Links to the dashboards used in the diagnosis. @example dashboards: [https://grafana.example.com/d/abc] */
	dashboards: z.array(webUrl('https://grafana.example.com/d/abc')).default([]),
	/** Runbooks go stale fastest, so the review date is required. @example lastReviewed: 2026-03-14 */
	lastReviewed: isoDate,
	/** How often the runbook must be rehearsed or re-read. Default: 90d. */
	reviewEvery: duration.default('90d'),
});

export type Runbook = z.output<typeof runbookSchema>;
