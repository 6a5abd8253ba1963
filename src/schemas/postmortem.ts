// Postmortems (incident reviews): what happened, to which services, how long it took to notice and
// to restore, what it cost customers, why, and the actions that keep it from happening again.
import { z } from 'zod';
import {
	addRule,
	adrId,
	checkUniqueIds,
	commonFields,
	documentKind,
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
	id: itemId('A-1').describe('Unique within the postmortem. Example: `id: PM-1`'),
	title: text.describe('What will be done.'),
	owner: person.describe('Who does it: a person or a team.'),
	due: isoDate.describe('When it is due. Example: `due: 2026-04-30`'),
	status: z
		.enum(actionStatuses)
		.describe('`open`, `in-progress`, `done`, or `wont-do` (decided against, with the reason in the body).'),
});

/** A runbook named by its path in the client folder, without `.mdx`. @example runbooks/db-failover */
const runbookId = z.string().regex(/^runbooks\/[\w./-]+$/, {
	error: 'expected a runbook path in the client folder, without .mdx, such as runbooks/db-failover',
});

export const postmortemSchema = z
	.strictObject({
		kind: documentKind('postmortem'),
		...commonFields,
		severity: z
			.enum(severities)
			.describe('How bad it was, from `sev1` (customer-facing outage) to `sev4` (no user impact). Required.'),
		services: z
			.array(serviceName)
			.min(1, { error: 'expected at least one service' })
			.describe('The services it touched, as the runbooks name them. At least one. Example: `services: [claims-api]`'),
		started: isoDateTime.describe(
			'When it began (the first bad minute, not the first alert). Example: `started: 2026-03-14T02:10Z`',
		),
		detected: isoDateTime.describe('When someone (or an alert) noticed. Example: `detected: 2026-03-14T02:24Z`'),
		resolved: isoDateTime.describe('When service was restored for customers. Example: `resolved: 2026-03-14T03:05Z`'),
		customerImpact: text.describe('What customers saw and how many were affected, in a sentence.'),
		rootCause: z
			.enum(rootCauses)
			.describe(
				'Why it happened: change, code, configuration, capacity, dependency, infrastructure, data, security, process or unknown.',
			),
		actions: z.array(action).default([]).describe('What will be done so it does not happen again. Default: none.'),
		runbooks: z
			.array(runbookId)
			.default([])
			.describe('The runbooks used or written because of it. Example: `runbooks: [runbooks/db-failover]`'),
		adrs: z.array(adrId).default([]).describe('The decisions it led to or tested. Example: `adrs: [ADR-0009]`'),
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
