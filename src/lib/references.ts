// What each kind's frontmatter points at in other documents: ADRs and roadmap items by id, runbooks
// by their path.
// One table, typed by kind, read by every rule that follows references (do they exist? does the
// site for an audience include what they point at?): a new kind must say what it references.
import { kindEntry, type KindName } from '../core/kinds.ts';
import type { DocumentData, DocumentOf } from '../schemas/document.ts';

/** A reference and the frontmatter path it is written at, e.g. `['items', 2, 'adrs', 0]`. */
export interface Reference {
	id: string;
	path: PropertyKey[];
}

export interface References {
	adrs: Reference[];
	roadmapItems: Reference[];
	/** Runbooks by their id in the client folder, e.g. `runbooks/db-failover`. */
	runbooks: Reference[];
}

const none = (): References => ({ adrs: [], roadmapItems: [], runbooks: [] });
const listed = (ids: readonly string[], field: string) => ids.map((id, i) => ({ id, path: [field, i] }));

const referencesByKind = {
	adr: (adr: DocumentOf<'adr'>) => ({
		adrs: [
			...adr.supersedes.map((id, i) => ({ id, path: ['supersedes', i] })),
			...adr.amends.map((id, i) => ({ id, path: ['amends', i] })),
			...(adr.supersededBy ? [{ id: adr.supersededBy, path: ['supersededBy'] }] : []),
		],
		roadmapItems: [],
		runbooks: [],
	}),
	roadmap: (roadmap: DocumentOf<'roadmap'>) => ({
		adrs: roadmap.items.flatMap((item, i) => item.adrs.map((id, j) => ({ id, path: ['items', i, 'adrs', j] }))),
		roadmapItems: [],
		runbooks: [],
	}),
	vendor: (vendor: DocumentOf<'vendor'>) => ({
		adrs: vendor.decision ? [{ id: vendor.decision, path: ['decision'] }] : [],
		roadmapItems: [],
		runbooks: [],
	}),
	debt: (register: DocumentOf<'debt'>) => ({
		adrs: [],
		roadmapItems: register.items.flatMap((item, i) =>
			item.roadmap ? [{ id: item.roadmap, path: ['items', i, 'roadmap'] }] : [],
		),
		runbooks: [],
	}),
	postmortem: (postmortem: DocumentOf<'postmortem'>) => ({
		adrs: listed(postmortem.adrs, 'adrs'),
		roadmapItems: [],
		runbooks: listed(postmortem.runbooks, 'runbooks'),
	}),
	runbook: none,
	architecture: none,
	plan: none,
	security: none,
	hiring: none,
	budget: none,
	diligence: none,
	page: none,
} satisfies { [K in KindName]: (data: DocumentOf<K>) => References };

/** The references a document's frontmatter makes. */
export function referencesOf(data: DocumentData): References {
	// A kind added without its entry references nothing rather than crashing `check`.
	const read = kindEntry<(data: DocumentData) => References>(referencesByKind, data.kind) ?? none;
	return read(data);
}
