// References between kinds: a roadmap item's `adrs` and a vendor evaluation's `decision` must name
// ADRs that exist; a debt item's `roadmap` must name an item of a roadmap.
import { formatPath, problem, type Problem } from '../problems/problem.ts';
import { suggest } from '../../core/suggest.ts';
import { adrDocuments, unknownAdrProblems } from './adr-rules.ts';
import { at, type CheckContext } from './context.ts';

export function referenceRules(context: CheckContext): Problem[] {
	const knownAdrs = new Set(adrDocuments(context.documents).map((adr) => adr.data.id));
	const roadmapItems = new Set(
		context.documents.flatMap((d) => (d.data.kind === 'roadmap' ? d.data.items.map((item) => item.id) : [])),
	);
	return context.documents.flatMap((document) => {
		const { data } = document;
		if (data.kind === 'roadmap') {
			const references = data.items.flatMap((item, i) =>
				item.adrs.map((id, j) => ({ id, path: ['items', i, 'adrs', j] })),
			);
			return unknownAdrProblems(document, references, knownAdrs);
		}
		if (data.kind === 'vendor' && data.decision) {
			return unknownAdrProblems(document, [{ id: data.decision, path: ['decision'] }], knownAdrs);
		}
		if (data.kind === 'debt') {
			return data.items.flatMap((item, i) => {
				if (!item.roadmap || roadmapItems.has(item.roadmap)) return [];
				const path = ['items', i, 'roadmap'];
				const suggestion = suggest(item.roadmap, roadmapItems);
				const args = { id: item.roadmap, ...(suggestion ? { suggestion } : {}) };
				return [problem('UnknownRoadmapItem', args, at(document, path, formatPath(path)))];
			});
		}
		return [];
	});
}
