// What Pagefind indexes of a document besides its text: the search box's filters (kind, tag, and
// per kind status, service, severity) and the detail a result's title shows, one entry per kind.
import { kindByName, kindEntry, type KindName } from '../core/kinds.ts';
import type { DocumentData, DocumentOf } from '../schemas/document.ts';

export interface SearchFacets {
	/** `[filter, value]` pairs, e.g. `['status', 'accepted']`. */
	filters: [string, string][];
	/** What follows the title in a result, e.g. `ADR-0007, accepted`; none for plain pages. */
	detail?: string;
}

interface KindFacets {
	filters: [string, string][];
	/** Undefined: the kind's name, in lowercase. */
	detail?: string;
	/** The kind's pages carry no detail at all. */
	plain?: true;
}

const facetsByKind = {
	adr: (adr: DocumentOf<'adr'>) => ({ filters: [['status', adr.status]], detail: `${adr.id}, ${adr.status}` }),
	runbook: (runbook: DocumentOf<'runbook'>) => ({
		filters: [
			['service', runbook.service],
			['severity', runbook.severity],
		],
		detail: `runbook, ${runbook.severity}, ${runbook.service}`,
	}),
	postmortem: (postmortem: DocumentOf<'postmortem'>) => ({
		filters: [
			...postmortem.services.map((service): [string, string] => ['service', service]),
			['severity', postmortem.severity],
		],
		detail: `postmortem, ${postmortem.severity}, ${postmortem.started.slice(0, 10)}`,
	}),
	architecture: () => ({ filters: [] }),
	roadmap: () => ({ filters: [] }),
	plan: () => ({ filters: [] }),
	security: () => ({ filters: [] }),
	debt: () => ({ filters: [] }),
	vendor: () => ({ filters: [] }),
	hiring: () => ({ filters: [] }),
	budget: () => ({ filters: [] }),
	diligence: () => ({ filters: [] }),
	page: () => ({ filters: [], plain: true }),
} satisfies { [K in KindName]: (data: DocumentOf<K>) => KindFacets };

export function searchFacets(data: DocumentData): SearchFacets {
	const kind = kindByName(data.kind)?.singular ?? data.kind;
	// A kind added without its entry gets no filters of its own rather than crashing.
	const facets = kindEntry<(data: DocumentData) => KindFacets>(facetsByKind, data.kind);
	const own = facets?.(data) ?? { filters: [] };
	const detail = own.plain ? undefined : (own.detail ?? kind.toLowerCase());
	return {
		filters: [['kind', kind], ...data.tags.map((tag): [string, string] => ['tag', tag]), ...own.filters],
		...(detail === undefined ? {} : { detail }),
	};
}
