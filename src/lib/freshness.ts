// When a document is due for review: `lastReviewed` plus `reviewEvery`, compared with the date
// the check or build runs on (passed in, never read from the clock here).
import { addDuration, daysBetween, parseDuration, type IsoDate } from '../core/dates.ts';

export interface ReviewState {
	lastReviewed: IsoDate;
	every: string;
	/** The day the next review is due. */
	due: IsoDate;
	/** Days past the due date; 0 or less when not overdue. */
	overdueDays: number;
}

/** The review state of a document that has both fields, else `undefined`. */
export function reviewState(
	data: { lastReviewed?: IsoDate | undefined; reviewEvery?: string | undefined },
	today: IsoDate,
): ReviewState | undefined {
	if (!data.lastReviewed || !data.reviewEvery) return undefined;
	const interval = parseDuration(data.reviewEvery);
	if (!interval) return undefined;
	const due = addDuration(data.lastReviewed, interval);
	return { lastReviewed: data.lastReviewed, every: data.reviewEvery, due, overdueDays: daysBetween(due, today) };
}

export function isOverdue(state: ReviewState | undefined): state is ReviewState {
	return state !== undefined && state.overdueDays > 0;
}
