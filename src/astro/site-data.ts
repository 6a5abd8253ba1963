// Lookups over the whole site that page components need, computed once per build, not per page.
import { getCollection } from 'astro:content';
import type { ViewDocument } from '../lib/views/documents.ts';
import { roadmapItemAnchor } from '../lib/views/roadmap.ts';
import { baseWithSlash, pageUrl } from '../lib/paths.ts';

export interface PageRef {
	/** The page's id, which is its path under the site's base. */
	id: string;
	title: string;
}

export interface SiteIndex {
	/** Every document of the build, as the views take them. */
	documents: ViewDocument[];
	/** ADRs by their `ADR-0007` id. */
	adrs: Map<string, PageRef>;
	/** Roadmap items by their id, with the roadmap page they are on and the row's anchor. */
	roadmapItems: Map<string, PageRef & { anchor: string }>;
}

let index: Promise<SiteIndex> | undefined;

export function getSiteIndex(): Promise<SiteIndex> {
	index ??= getCollection('docs').then((entries) => {
		const documents = entries.map(({ id, data }) => ({ id, data }));
		const adrs = new Map<string, PageRef>();
		const roadmapItems = new Map<string, PageRef & { anchor: string }>();
		for (const { id, data } of documents) {
			if (data.kind === 'adr') adrs.set(data.id, { id, title: data.title });
			if (data.kind === 'roadmap') {
				for (const item of data.items)
					roadmapItems.set(item.id, { id, title: item.title, anchor: roadmapItemAnchor(item.id) });
			}
		}
		return { documents, adrs, roadmapItems };
	});
	return index;
}

/** The URL of a page from its id, under the site's base path. */
export function pageHref(id: string): string {
	return pageUrl(baseWithSlash(import.meta.env.BASE_URL), id);
}
