// Lookups over the whole site that page components need, computed once per build, not per page.
import { getCollection } from 'astro:content';

export interface PageRef {
	/** The page's id, which is its path under the site's base. */
	id: string;
	title: string;
}

export interface SiteIndex {
	/** ADRs by their `ADR-0007` id. */
	adrs: Map<string, PageRef>;
}

let index: Promise<SiteIndex> | undefined;

export function getSiteIndex(): Promise<SiteIndex> {
	index ??= getCollection('docs').then((entries) => {
		const adrs = new Map<string, PageRef>();
		for (const entry of entries) {
			if (entry.data.kind === 'adr') adrs.set(entry.data.id, { id: entry.id, title: entry.data.title });
		}
		return { adrs };
	});
	return index;
}

/** The URL of a page from its id, under the site's base path. */
export function pageHref(id: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	return id === 'index' ? `${base}/` : `${base}/${id}/`;
}
