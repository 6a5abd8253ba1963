// Rules over the set of ADRs: unique ids, references to ADRs that exist, supersede links that
// both records agree on, and no supersede cycles.
import { problem, formatPath, type Problem } from '../problems/problem.ts';
import { suggest } from '../../core/suggest.ts';
import { at, type CheckContext, type ValidDocument } from './context.ts';
import type { Adr } from '../../schemas/adr.ts';

type AdrDocument = ValidDocument & { data: Adr & ValidDocument['data'] };

export function adrDocuments(documents: readonly ValidDocument[]): AdrDocument[] {
	return documents.filter((d): d is AdrDocument => d.data.kind === 'adr');
}

/** Reports references to ADR ids that no document has, with the closest id as a suggestion. */
export function unknownAdrProblems(
	document: ValidDocument,
	references: readonly { id: string; path: PropertyKey[] }[],
	known: ReadonlySet<string>,
): Problem[] {
	return references
		.filter((reference) => !known.has(reference.id))
		.map((reference) => {
			const suggestion = suggest(reference.id, known);
			return problem(
				'UnknownAdr',
				{ id: reference.id, ...(suggestion ? { suggestion } : {}) },
				at(document, reference.path, formatPath(reference.path)),
			);
		});
}

export function adrRules(context: CheckContext): Problem[] {
	const adrs = adrDocuments(context.documents);
	const problems: Problem[] = [];
	const byId = new Map<string, AdrDocument>();
	for (const adr of adrs) {
		const first = byId.get(adr.data.id);
		if (first) problems.push(problem('DuplicateAdrId', { id: adr.data.id, other: first.file }, at(adr, ['id'], 'id')));
		else byId.set(adr.data.id, adr);
	}
	const known = new Set(byId.keys());

	for (const adr of adrs) {
		const { id, supersedes, supersededBy, amends } = adr.data;
		problems.push(
			...unknownAdrProblems(
				adr,
				[
					...supersedes.map((ref, i) => ({ id: ref, path: ['supersedes', i] })),
					...amends.map((ref, i) => ({ id: ref, path: ['amends', i] })),
					...(supersededBy ? [{ id: supersededBy, path: ['supersededBy'] }] : []),
				],
				known,
			),
		);
		const successor = supersededBy ? byId.get(supersededBy) : undefined;
		if (successor && !successor.data.supersedes.includes(id)) {
			problems.push(
				problem(
					'SuccessorDoesNotSaySo',
					{ id, successor: successor.data.id },
					at(adr, ['supersededBy'], 'supersededBy'),
				),
			);
		}
		supersedes.forEach((ref, i) => {
			const predecessor = byId.get(ref);
			if (predecessor && predecessor.data.supersededBy !== id) {
				problems.push(
					problem('PredecessorDoesNotSaySo', { id, predecessor: ref }, at(adr, ['supersedes', i], `supersedes[${i}]`)),
				);
			}
		});
	}
	problems.push(...cycleProblems(byId));
	return problems;
}

/** Follows supersededBy links; a walk that comes back to where it started is a cycle, reported once. */
function cycleProblems(byId: ReadonlyMap<string, AdrDocument>): Problem[] {
	const problems: Problem[] = [];
	const reported = new Set<string>();
	for (const start of byId.values()) {
		const path = [start.data.id];
		let next = start.data.supersededBy;
		while (next && byId.has(next) && !path.includes(next)) {
			path.push(next);
			next = byId.get(next)?.data.supersededBy;
		}
		if (next !== start.data.id) continue;
		const members = [...path].sort();
		if (reported.has(members.join())) continue;
		reported.add(members.join());
		problems.push(
			problem('SupersedeCycle', { cycle: [...path, start.data.id] }, at(start, ['supersededBy'], 'supersededBy')),
		);
	}
	return problems;
}

/** Imported records may lack what their source never had; say so as a warning. */
export function importedAdrWarnings(context: CheckContext): Problem[] {
	return adrDocuments(context.documents).flatMap((adr) => {
		const { status, importedFrom, date, decisionMakers } = adr.data;
		if (status !== 'accepted' || !importedFrom) return [];
		const missing = [!date && 'a date', decisionMakers.length === 0 && 'decision makers'].filter(Boolean).join(' and ');
		return missing ? [problem('ImportedAdrIncomplete', { missing }, at(adr, ['status'], 'status'))] : [];
	});
}
