// The security posture in numbers: controls counted per area and status.
import { controlStatuses } from '../../core/vocabulary.ts';
import type { Security } from '../../schemas/security.ts';

export type ControlStatus = (typeof controlStatuses)[number];

export interface AreaCounts {
	area: string;
	counts: Record<ControlStatus, number>;
	total: number;
}

export interface SecuritySummary {
	areas: AreaCounts[];
	totals: Record<ControlStatus, number>;
	total: number;
}

const zero = (): Record<ControlStatus, number> => ({ 'in-place': 0, partial: 0, missing: 0, 'n/a': 0 });

/** Areas in the order they first appear. */
export function securitySummary(baseline: Pick<Security, 'controls'>): SecuritySummary {
	const areas = new Map<string, AreaCounts>();
	const totals = zero();
	for (const control of baseline.controls) {
		const area = areas.get(control.area) ?? { area: control.area, counts: zero(), total: 0 };
		area.counts[control.status]++;
		area.total++;
		totals[control.status]++;
		areas.set(control.area, area);
	}
	return { areas: [...areas.values()], totals, total: baseline.controls.length };
}

/** The posture in one sentence, e.g. `25 controls, SOC 2: 15 in place, 6 partial, 3 missing`. */
export function securitySentence(summary: SecuritySummary, framework?: string): string {
	const { totals } = summary;
	const counts = `${totals['in-place']} in place, ${totals.partial} partial, ${totals.missing} missing`;
	const na = totals['n/a'] ? `, ${totals['n/a']} not applicable` : '';
	return `${summary.total} controls${framework ? `, ${framework}` : ''}: ${counts}${na}`;
}
