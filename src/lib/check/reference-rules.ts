// References from other kinds to ADRs: a roadmap item's `adrs` must name ADRs that exist.
import type { Problem } from '../problems/problem.ts';
import { adrDocuments, unknownAdrProblems } from './adr-rules.ts';
import type { CheckContext } from './context.ts';

export function referenceRules(context: CheckContext): Problem[] {
	const known = new Set(adrDocuments(context.documents).map((adr) => adr.data.id));
	return context.documents.flatMap((document) => {
		if (document.data.kind !== 'roadmap') return [];
		const references = document.data.items.flatMap((item, i) =>
			item.adrs.map((id, j) => ({ id, path: ['items', i, 'adrs', j] })),
		);
		return unknownAdrProblems(document, references, known);
	});
}
