// What the home page's generated part shows, computed here and handed to the component: how many
// documents of each kind the site holds, the most recently changed, and those due for review.
import type { IsoDate } from '../../core/dates.ts';
import { kinds, type Kind } from '../../core/kinds.ts';
import type { ViewDocument } from './documents.ts';
import { needsReview, type ReviewRow } from './review.ts';

export interface HomePage {
	/** Kinds the site has documents of, in the registry's order, with how many (the home page itself not counted). */
	counts: { kind: Kind; count: number }[];
	/** The six documents changed last, newest first, with the date (empty when none is known). */
	recent: { id: string; title: string; changed: IsoDate }[];
	/** Every document whose review is overdue. */
	overdue: ReviewRow[];
}

export function homePage(
	documents: readonly ViewDocument[],
	changed: Readonly<Record<string, IsoDate>>,
	today: IsoDate,
): HomePage {
	const counts = kinds
		.map((kind) => ({ kind, count: documents.filter((d) => d.data.kind === kind.name && d.id !== 'index').length }))
		.filter(({ count }) => count > 0);
	const recent = documents
		.map((d) => ({ id: d.id, title: d.data.title, changed: changed[d.id] ?? '' }))
		.sort((a, b) => b.changed.localeCompare(a.changed) || a.title.localeCompare(b.title))
		.slice(0, 6);
	return { counts, recent, overdue: needsReview(documents, today) };
}
