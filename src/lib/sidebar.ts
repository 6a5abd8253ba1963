// The site's sidebar: the home page, then one group per document kind, in the kinds' order.
import { kinds, type KindName } from '../schemas/document.ts';
import type { Frontmatter } from '../schemas/frontmatter.ts';

export interface SidebarDocument {
	id: string;
	data: Frontmatter;
}

/** The subset of Starlight's sidebar item shapes Cairn produces. */
export type SidebarItem = { label: string; slug: string } | { label: string; collapsed: boolean; items: SidebarItem[] };

/** A document's label in the sidebar: ADRs lead with their id, runbooks with their severity. */
export function sidebarLabel(data: Frontmatter): string {
	if (data.kind === 'adr') return `${data.id.replace(/^ADR-0*(\d)/, 'ADR $1')}: ${data.title}`;
	return data.title;
}

function sortKey(data: Frontmatter): string {
	if (data.kind === 'adr') return data.id.padStart(12, '0');
	if (data.kind === 'runbook') return `${data.service}\u0000${data.title}`;
	return data.title.toLowerCase();
}

export function buildSidebar(documents: readonly SidebarDocument[]): SidebarItem[] {
	const visible = documents.filter((d) => !d.data.sidebar.hidden && !d.data.draft);
	const items: SidebarItem[] = [];
	if (visible.some((d) => d.id === 'index')) items.push({ label: 'Home', slug: 'index' });
	const byKind = new Map<KindName, SidebarDocument[]>();
	for (const document of visible) {
		if (document.id === 'index') continue;
		const list = byKind.get(document.data.kind) ?? [];
		list.push(document);
		byKind.set(document.data.kind, list);
	}
	for (const kind of kinds) {
		const list = byKind.get(kind.name);
		if (!list?.length) continue;
		const sorted = [...list].sort((a, b) => sortKey(a.data).localeCompare(sortKey(b.data)));
		items.push({
			label: kind.label,
			collapsed: false,
			items: sorted.map((d) => ({ label: d.data.sidebar.label ?? sidebarLabel(d.data), slug: d.id })),
		});
	}
	return items;
}
