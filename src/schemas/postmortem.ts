// Postmortems (incident reviews): what happened, to which services, how long it took to notice and
// to restore, what it cost customers, why, and the actions that keep it from happening again.
import { z } from 'zod';
import {
	addRule,
	adrId,
	checkUniqueIds,
	commonFields,
	isoDate,
	isoDateTime,
	itemId,
	person,
	serviceName,
	text,
} from './common.ts';
import { severities } from '../core/vocabulary.ts';

/** Why it happened, in broad categories that can be counted across incidents. */
export const rootCauses = [
	'change',
	'code',
	'configuration',
	'capacity',
	'dependency',
	'infrastructure',
	'data',
	'security',
	'process',
	'unknown',
] as const;

export const actionStatuses = ['open', 'in-progress', 'done', 'wont-do'] as const;

const action = z.strictObject({
	/** Unique within the postmortem. @example id: PM-1 */
	id: itemId('A-1'),
	/** What will be done. */
	title: text,
	/** Who does it: a person or a team. */
	owner: person,
	/** When it is due. @example due: 2026-04-30 */
	due: isoDate,
	/** `open`, `in-progress`, `done`, or `wont-do` (decided against, with the reason in the body). */
	status: z.enum(actionStatuses),
});

/** A runbook named by its path in the client folder, without `.mdx`. @example runbooks/db-failover */
const runbookId = z.string().regex(/^runbooks\/[\w./-]+$/, {
	error: 'expected a runbook path in the client folder, without .mdx, such as runbooks/db-failover',
});

export const postmortemSchema = z
	.strictObject({
		kind: z.literal('postmortem'),
		...commonFields,
		/** How bad it was, from `sev1` (customer-facing outage) to `sev4` (no user impact). Required. */
		severity: z.enum(severities),
		/** The services it touched, as the runbooks name them. At least one. @example services: [claims-api] */
		services: z.array(serviceName).min(1, { error: 'expected at least one service' }),
		/** When it began (the first bad minute, not the first alert). @example started: 2026-03-14T02:10Z */
		started: isoDateTime,
		/** When someone (or an alert) noticed. @example detected: 2026-03-14T02:24Z */
		detected: isoDateTime,
		/** When service was restored for customers. @example resolved: 2026-03-14T03:05Z */
		resolved: isoDateTime,
		/** What customers saw and how many were affected, in a sentence. */
		customerImpact: text,
		/** Why it happened: change, code, configuration, capacity, dependency, infrastructure, data, security, process or unknown. */
		rootCause: z.enum(rootCauses),
		/** What will be done so it does not happen again. Default: none. */
		actions: z.array(action).default([]),
		/** The runbooks used or written because of it. @example runbooks: [runbooks/db-failover] */
		runbooks: z.array(runbookId).default([]),
		/** The decisions it led to or tested. @example adrs: [ADR-0009] */
		adrs: z.array(adrId).default([]),
	})
	.superRefine((postmortem, ctx) => {
		const { started, detected, resolved } = postmortem;
		if (detected < started) {
			const args = { field: 'detected', at: detected, before: 'started', beforeAt: started };
			addRule(ctx, 'IncidentTimeOrder', args, { path: ['detected'] });
		}
		if (resolved < detected) {
			const args = { field: 'resolved', at: resolved, before: 'detected', beforeAt: detected };
			addRule(ctx, 'IncidentTimeOrder', args, { path: ['resolved'] });
		}
		checkUniqueIds(
			ctx,
			postmortem.actions.map((a) => a.id),
			(index) => ['actions', index, 'id'],
		);
	});

export type Postmortem = z.output<typeof postmortemSchema>;
export type PostmortemAction = Postmortem['actions'][number];
