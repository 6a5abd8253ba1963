// The decision log: every ADR in one table, in number order, with what filters need.
import { ofKind, type ViewDocument } from './documents.ts';

export interface DecisionRow {
	/** The ADR's id, e.g. `ADR-0007`. */
	adr: string;
	/** The page id. */
	page: string;
	title: string;
	status: string;
	date: string | undefined;
	decisionMakers: readonly string[];
	tags: readonly string[];
	supersededBy: string | undefined;
}

export interface DecisionLog {
	rows: DecisionRow[];
	/** The statuses present, in the lifecycle's order. */
	statuses: string[];
	/** The tags present, sorted. */
	tags: string[];
}

const LIFECYCLE = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'];

export function decisionLog(documents: readonly ViewDocument[]): DecisionLog {
	const rows = ofKind(documents, 'adr')
		.map(({ id, data }) => ({
			adr: data.id,
			page: id,
			title: data.title,
			status: data.status,
			date: data.date,
			decisionMakers: data.decisionMakers,
			tags: data.tags,
			supersededBy: data.supersededBy,
		}))
		.sort((a, b) => a.adr.localeCompare(b.adr, 'en', { numeric: true }));
	const present = new Set<string>(rows.map((row) => row.status));
	return {
		rows,
		statuses: LIFECYCLE.filter((status) => present.has(status)),
		tags: [...new Set(rows.flatMap((row) => row.tags))].sort(),
	};
}
