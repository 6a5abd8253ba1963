// The tech-debt register's sums, and the items worth an investor's attention first.
import type { Debt, DebtItem } from '../../schemas/debt.ts';

export interface DebtTotals {
	items: number;
	/** Items not yet paid or accepted: open and in progress. */
	outstandingItems: number;
	/** Engineer-weeks of debt not yet paid or accepted. */
	outstandingWeeks: number;
	/** Engineer-weeks by area, for open and in-progress items, largest first. */
	byArea: { area: string; weeks: number; items: number }[];
}

const outstanding = (item: DebtItem) => item.status === 'open' || item.status === 'in-progress';

export function debtTotals(register: Pick<Debt, 'items'>): DebtTotals {
	const areas = new Map<string, { area: string; weeks: number; items: number }>();
	for (const item of register.items.filter(outstanding)) {
		const area = areas.get(item.area) ?? { area: item.area, weeks: 0, items: 0 };
		area.weeks += item.effort;
		area.items++;
		areas.set(item.area, area);
	}
	const byArea = [...areas.values()].sort((a, b) => b.weeks - a.weeks || a.area.localeCompare(b.area));
	return {
		items: register.items.length,
		outstandingItems: byArea.reduce((sum, area) => sum + area.items, 0),
		outstandingWeeks: byArea.reduce((sum, area) => sum + area.weeks, 0),
		byArea,
	};
}

/** Outstanding items by impact, then by least effort: what to pay back first. */
export function topDebt(register: Pick<Debt, 'items'>, count = 5): DebtItem[] {
	return register.items
		.filter(outstanding)
		.sort((a, b) => b.impact - a.impact || a.effort - b.effort || a.id.localeCompare(b.id))
		.slice(0, count);
}
