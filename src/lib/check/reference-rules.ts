// References between kinds (the table in ../references.ts): a roadmap item's `adrs` and a vendor
// evaluation's `decision` must name ADRs that exist; a debt item's `roadmap` an item of a roadmap;
// a postmortem's `runbooks` runbooks of the client.
import { formatPath, problem, type Problem } from '../problems/problem.ts';
import { suggest } from '../../core/suggest.ts';
import { referencesOf } from '../references.ts';
import { adrDocuments, unknownAdrProblems } from './adr-rules.ts';
import { at, type CheckContext } from './context.ts';

export function referenceRules(context: CheckContext): Problem[] {
	const knownAdrs = new Set(adrDocuments(context.documents).map((adr) => adr.data.id));
	const roadmapItems = new Set(
		context.documents.flatMap((d) => (d.data.kind === 'roadmap' ? d.data.items.map((item) => item.id) : [])),
	);
	const runbooks = new Set(context.documents.filter((d) => d.data.kind === 'runbook').map((d) => d.id));
	return context.documents.flatMap((document) => {
		const { adrs, roadmapItems: items, runbooks: runbookRefs } = referencesOf(document.data);
		// An ADR's own references are checked with its supersede rules (adr-rules.ts).
		const adrProblems = document.data.kind === 'adr' ? [] : unknownAdrProblems(document, adrs, knownAdrs);
		const itemProblems = items
			.filter((reference) => !roadmapItems.has(reference.id))
			.map((reference) => {
				const suggestion = suggest(reference.id, roadmapItems);
				const args = { id: reference.id, ...(suggestion ? { suggestion } : {}) };
				return problem('UnknownRoadmapItem', args, at(document, reference.path, formatPath(reference.path)));
			});
		const runbookProblems = runbookRefs
			.filter((reference) => !runbooks.has(reference.id))
			.map((reference) => {
				const suggestion = suggest(reference.id, runbooks);
				const args = { id: reference.id, ...(suggestion ? { suggestion } : {}) };
				return problem('UnknownRunbook', args, at(document, reference.path, formatPath(reference.path)));
			});
		return [...adrProblems, ...itemProblems, ...runbookProblems];
	});
}
