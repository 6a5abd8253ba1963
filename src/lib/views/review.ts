// What needs review on the build date: every document whose review is overdue, most overdue first.
import type { IsoDate } from '../../core/dates.ts';
import { isOverdue, reviewState, type ReviewState } from '../freshness.ts';
import type { ViewDocument } from './documents.ts';

export interface ReviewRow {
	page: string;
	title: string;
	kind: string;
	owner: string | undefined;
	state: ReviewState;
}

export function needsReview(documents: readonly ViewDocument[], today: IsoDate): ReviewRow[] {
	return documents
		.flatMap(({ id, data }) => {
			const state = reviewState(data, today);
			return isOverdue(state) ? [{ page: id, title: data.title, kind: data.kind, owner: data.owner, state }] : [];
		})
		.sort((a, b) => b.state.overdueDays - a.state.overdueDays || a.title.localeCompare(b.title));
}
