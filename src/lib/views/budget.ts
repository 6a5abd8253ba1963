// The technology budget: each line's cost per quarter of the budget year (monthly times three, or
// annual over four), totals per category and quarter in each currency, and renewals coming up.
import { addDuration, daysBetween, type IsoDate } from '../../core/dates.ts';
import type { Budget } from '../../schemas/budget.ts';

type Line = Budget['lines'][number];

export interface CategoryTotals {
	category: string;
	currency: string;
	/** Cost in each of the four quarters. */
	quarters: [number, number, number, number];
	year: number;
}

export interface Renewal {
	line: Line;
	date: IsoDate;
	/** Days from the build date. */
	inDays: number;
}

export interface BudgetView {
	/** The quarters' first days. */
	quarterStarts: IsoDate[];
	categories: CategoryTotals[];
	/** Totals across categories, per currency. */
	totals: CategoryTotals[];
	/** Renewals within `window` days of the build date (past renewals left out), soonest first. */
	renewals: Renewal[];
}

const perQuarter = (line: Line) => (line.monthly !== undefined ? line.monthly * 3 : (line.annual ?? 0) / 4);
const round = (n: number) => Math.round(n * 100) / 100;

export function budgetView(
	budget: Pick<Budget, 'start' | 'currency' | 'lines'>,
	today: IsoDate,
	window = 90,
): BudgetView {
	const sums = new Map<string, CategoryTotals>();
	const totals = new Map<string, CategoryTotals>();
	for (const line of budget.lines) {
		const currency = line.currency ?? budget.currency;
		const quarter = round(perQuarter(line));
		for (const [map, key, category] of [
			[sums, `${line.category}\u0000${currency}`, line.category],
			[totals, currency, 'Total'],
		] as const) {
			const entry = map.get(key) ?? { category, currency, quarters: [0, 0, 0, 0], year: 0 };
			entry.quarters = entry.quarters.map((q) => round(q + quarter)) as CategoryTotals['quarters'];
			entry.year = round(entry.year + quarter * 4);
			map.set(key, entry);
		}
	}
	const renewals = budget.lines
		.flatMap((line) => (line.renewal ? [{ line, date: line.renewal, inDays: daysBetween(today, line.renewal) }] : []))
		.filter((r) => r.inDays >= 0 && r.inDays <= window)
		.sort((a, b) => a.inDays - b.inDays);
	return {
		quarterStarts: [0, 3, 6, 9].map((months) => addDuration(budget.start, { amount: months, unit: 'm' })),
		categories: [...sums.values()].sort((a, b) => b.year - a.year || a.category.localeCompare(b.category)),
		totals: [...totals.values()],
		renewals,
	};
}
