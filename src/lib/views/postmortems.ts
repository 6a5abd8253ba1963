// What the postmortems add up to: incidents over time, how fast each service's incidents were
// noticed and restored, the action items still open, and the two figures investors ask for
// (incidents in the last twelve months, mean time to restore).
import { addDuration, formatMinutes, minutesBetween, type IsoDate } from '../../core/dates.ts';
import type { Postmortem, PostmortemAction } from '../../schemas/postmortem.ts';
import type { severities } from '../../core/vocabulary.ts';
import type { OfKind } from './documents.ts';

type Incident = OfKind<'postmortem'>;

type Severity = (typeof severities)[number];

export interface IncidentMonth {
	/** `2026-03`. */
	month: string;
	count: number;
	bySeverity: Record<Severity, number>;
	/** Minutes from start to restore, summed over the month's incidents. */
	downtimeMinutes: number;
}

const restoreMinutes = (p: Postmortem) => minutesBetween(p.started, p.resolved);
const detectMinutes = (p: Postmortem) => minutesBetween(p.started, p.detected);
const mean = (values: readonly number[]) =>
	values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : undefined;

/** Incidents per calendar month (UTC), oldest first; months without one are left out. */
export function incidentsByMonth(incidents: readonly Incident[]): IncidentMonth[] {
	const months = new Map<string, IncidentMonth>();
	for (const { data } of incidents) {
		const month = data.started.slice(0, 7);
		const entry = months.get(month) ?? {
			month,
			count: 0,
			bySeverity: { sev1: 0, sev2: 0, sev3: 0, sev4: 0 },
			downtimeMinutes: 0,
		};
		entry.count++;
		entry.bySeverity[data.severity]++;
		entry.downtimeMinutes += restoreMinutes(data);
		months.set(month, entry);
	}
	return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

export interface ServiceRecovery {
	service: string;
	incidents: number;
	/** Mean minutes from start to detection. */
	meanTimeToDetect: number;
	/** Mean minutes from start to restore (MTTR). */
	meanTimeToRestore: number;
}

/** Per service, how fast its incidents were noticed and restored; slowest to restore first. */
export function recoveryByService(incidents: readonly Incident[]): ServiceRecovery[] {
	const services = new Map<string, Postmortem[]>();
	for (const { data } of incidents) {
		for (const service of new Set(data.services)) services.set(service, [...(services.get(service) ?? []), data]);
	}
	return [...services.entries()]
		.map(([service, list]) => ({
			service,
			incidents: list.length,
			meanTimeToDetect: mean(list.map(detectMinutes)) ?? 0,
			meanTimeToRestore: mean(list.map(restoreMinutes)) ?? 0,
		}))
		.sort((a, b) => b.meanTimeToRestore - a.meanTimeToRestore || a.service.localeCompare(b.service));
}

export interface OpenAction extends PostmortemAction {
	/** The postmortem it comes from. */
	postmortem: { id: string; title: string };
	overdue: boolean;
}

/** Action items not done nor dropped, soonest due first, with those past due marked. */
export function openActions(incidents: readonly Incident[], today: IsoDate): OpenAction[] {
	return incidents
		.flatMap(({ id, data }) =>
			data.actions
				.filter((a) => a.status === 'open' || a.status === 'in-progress')
				.map((a) => ({ ...a, postmortem: { id, title: data.title }, overdue: a.due < today })),
		)
		.sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
}

export interface IncidentFigures {
	/** Postmortems of incidents that started in the twelve months up to today. */
	incidents12m: number;
	/** Their mean time to restore, as people say it (`42 min`); undefined without incidents. */
	mttr: string | undefined;
	/** All postmortems the figures could draw on. */
	postmortems: number;
}

/**
 * The diligence figures from the postmortems, or undefined when there are none (the narrative's
 * own figures stand then). Only these numbers reach the investor page, never a postmortem's text.
 */
export function incidentFigures(postmortems: readonly Postmortem[], today: IsoDate): IncidentFigures | undefined {
	if (postmortems.length === 0) return undefined;
	const since = addDuration(today, { amount: -12, unit: 'm' });
	const recent = postmortems.filter((p) => p.started.slice(0, 10) > since && p.started.slice(0, 10) <= today);
	const mttr = mean(recent.map(restoreMinutes));
	return {
		incidents12m: recent.length,
		mttr: mttr === undefined ? undefined : formatMinutes(mttr),
		postmortems: postmortems.length,
	};
}

/** The time from start to restore of one incident, as people say it. */
export const timeToRestore = (p: Postmortem) => formatMinutes(restoreMinutes(p));
/** The time from start to detection of one incident, as people say it. */
export const timeToDetect = (p: Postmortem) => formatMinutes(detectMinutes(p));
