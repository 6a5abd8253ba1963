// Documents past their review date are reported as warnings (errors under --strict).
import { isOverdue, reviewState } from '../freshness.ts';
import { problem, type Problem } from '../problems/problem.ts';
import { at, type CheckContext } from './context.ts';

export function freshnessRules(context: CheckContext): Problem[] {
	return context.documents.flatMap((document) => {
		const state = reviewState(document.data, context.today);
		if (!isOverdue(state)) return [];
		const args = { lastReviewed: state.lastReviewed, every: state.every, due: state.due, days: state.overdueDays };
		return [problem('ReviewOverdue', args, at(document, ['lastReviewed'], 'lastReviewed'))];
	});
}
