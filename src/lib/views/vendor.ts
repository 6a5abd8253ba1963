// A vendor evaluation's weighted scores: each option's scores times the criteria's weights,
// divided by the sum of the weights, so results stay on the 1 to 5 scale.
import type { Vendor } from '../../schemas/vendor.ts';

export interface OptionScore {
	name: string;
	/** Weighted mean score, 1 to 5, rounded to two decimals. */
	score: number;
	chosen: boolean;
	/** Best of the options (ties included). */
	best: boolean;
}

export function vendorScores(evaluation: Pick<Vendor, 'criteria' | 'options' | 'chosen'>): OptionScore[] {
	const totalWeight = evaluation.criteria.reduce((sum, c) => sum + c.weight, 0);
	const scored = evaluation.options.map((option) => {
		const weighted = evaluation.criteria.reduce((sum, c) => sum + c.weight * (option.scores[c.name] ?? 0), 0);
		return {
			name: option.name,
			score: Math.round((weighted / totalWeight) * 100) / 100,
			chosen: option.name === evaluation.chosen,
		};
	});
	const top = Math.max(...scored.map((o) => o.score));
	return scored.map((o) => ({ ...o, best: o.score === top }));
}
