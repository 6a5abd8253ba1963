// The 90-day plan's phases with their checklists: each item falls in the phase whose days hold its
// due date; progress is the share of items done; items past due on the build date are flagged.
import { addDays, daysBetween, type IsoDate } from '../../core/dates.ts';
import type { Plan } from '../../schemas/plan.ts';

export interface PlanItemView {
	title: string;
	owner: string;
	due: IsoDate;
	done: boolean;
	/** Not done and due before the build date. */
	overdue: boolean;
}

export interface PhaseView {
	name: string;
	/** Day numbers, as written. */
	firstDay: number;
	lastDay: number;
	/** The calendar dates of those days. */
	from: IsoDate;
	to: IsoDate;
	goals: readonly string[];
	items: PlanItemView[];
	done: number;
	total: number;
	/** Whole percent of items done; 0 for a phase without items. */
	percent: number;
}

function summarize(
	name: string,
	firstDay: number,
	lastDay: number,
	plan: Pick<Plan, 'start'>,
	goals: readonly string[],
	items: PlanItemView[],
): PhaseView {
	const done = items.filter((item) => item.done).length;
	return {
		name,
		firstDay,
		lastDay,
		from: addDays(plan.start, firstDay),
		to: addDays(plan.start, lastDay),
		goals,
		items,
		done,
		total: items.length,
		percent: items.length ? Math.round((done / items.length) * 100) : 0,
	};
}

/** The plan's phases at `today`; items outside every phase come last, as "Outside the phases". */
export function planPhases(plan: Pick<Plan, 'start' | 'phases' | 'items'>, today: IsoDate): PhaseView[] {
	const items = [...plan.items]
		.sort((a, b) => a.due.localeCompare(b.due))
		.map((item) => ({ ...item, overdue: !item.done && item.due < today }));
	const day = (item: PlanItemView) => daysBetween(plan.start, item.due);
	const phases = plan.phases.map((phase) =>
		summarize(
			phase.name,
			phase.firstDay,
			phase.lastDay,
			plan,
			phase.goals,
			items.filter((item) => day(item) >= phase.firstDay && day(item) <= phase.lastDay),
		),
	);
	const placed = new Set(phases.flatMap((phase) => phase.items));
	const outside = items.filter((item) => !placed.has(item));
	if (outside.length) {
		const days = outside.map(day);
		phases.push(summarize('Outside the phases', Math.min(...days), Math.max(...days), plan, [], outside));
	}
	return phases;
}
