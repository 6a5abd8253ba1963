// The hiring plan by quarter: headcount and the range of yearly salary cost it adds, per currency.
import type { Hiring } from '../../schemas/hiring.ts';

type Role = Hiring['roles'][number];

export interface QuarterPlan {
	quarter: string;
	roles: Role[];
	/** People to hire, cancelled roles left out. */
	headcount: number;
	/** Yearly base salary added, from the bands' minimums and maximums, by currency. */
	cost: { currency: string; min: number; max: number }[];
}

export function hiringByQuarter(plan: Pick<Hiring, 'roles'>): QuarterPlan[] {
	const quarters = new Map<string, Role[]>();
	for (const role of plan.roles) quarters.set(role.quarter, [...(quarters.get(role.quarter) ?? []), role]);
	return [...quarters]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([quarter, roles]) => {
			const counted = roles.filter((role) => role.status !== 'cancelled');
			const cost = new Map<string, { currency: string; min: number; max: number }>();
			for (const role of counted) {
				const { currency, min, max } = role.salaryBand;
				const sum = cost.get(currency) ?? { currency, min: 0, max: 0 };
				sum.min += min * role.count;
				sum.max += max * role.count;
				cost.set(currency, sum);
			}
			return { quarter, roles, headcount: counted.reduce((n, role) => n + role.count, 0), cost: [...cost.values()] };
		});
}
