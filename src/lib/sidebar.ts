// The site's sidebar. Its size must not grow with the number of documents (every page carries
// it): the home page, then per kind its views and at most a few documents, then the views that
// list everything. The views are where every document can be found.
import { kinds } from '../schemas/document.ts';
import type { Frontmatter } from '../schemas/frontmatter.ts';
import type { IsoDate } from '../core/dates.ts';
import { needsReview } from './views/review.ts';
import type { ViewDefinition } from './views/registry.ts';

export interface SidebarDocument {
	id: string;
	data: Frontmatter;
}

/** The subset of Starlight's sidebar item shapes Cairn produces. */
export type SidebarItem =
	| { label: string; slug: string }
	| { label: string; link: string; badge?: { text: string; variant: 'caution' } }
	| { label: string; collapsed: boolean; items: SidebarItem[] };

/** How many documents of a kind the sidebar lists by name. */
export const DOCUMENTS_PER_KIND = 5;

/** A document's label in the sidebar: ADRs lead with their id. */
export function sidebarLabel(data: Frontmatter): string {
	if (data.kind === 'adr') return `${data.id.replace(/^ADR-0*(\d)/, 'ADR $1')}: ${data.title}`;
	return data.title;
}

const SEVERITY_FIRST = (a: Frontmatter, b: Frontmatter) =>
	a.kind === 'runbook' && b.kind === 'runbook' ? a.severity.localeCompare(b.severity) : 0;

/** The documents a kind's group names: the newest decisions, the most severe runbooks, else by title. */
function featured(list: readonly SidebarDocument[], limit: number): SidebarDocument[] {
	const sorted = [...list].sort((a, b) => {
		if (a.data.kind === 'adr' && b.data.kind === 'adr') {
			return (b.data.date ?? '').localeCompare(a.data.date ?? '') || b.data.id.localeCompare(a.data.id);
		}
		return SEVERITY_FIRST(a.data, b.data) || a.data.title.localeCompare(b.data.title);
	});
	return sorted.slice(0, limit);
}

const viewLink = (view: ViewDefinition) => ({ label: view.title, link: `/${view.id}/` });

export function buildSidebar(
	documents: readonly SidebarDocument[],
	options: {
		views: readonly ViewDefinition[];
		today: IsoDate;
		/** Documents named per kind. Default {@link DOCUMENTS_PER_KIND}; the size benchmark compares with all. */
		documentsPerKind?: number;
	},
): SidebarItem[] {
	const visible = documents.filter((d) => !d.data.sidebar.hidden && !d.data.draft);
	const items: SidebarItem[] = [];
	const home = options.views.find((view) => view.id === 'index');
	if (home) items.push({ label: home.title, link: '/' });
	else if (visible.some((d) => d.id === 'index')) items.push({ label: 'Home', slug: 'index' });
	for (const kind of kinds) {
		const list = visible.filter((d) => d.id !== 'index' && d.data.kind === kind.name);
		if (!list.length) continue;
		const kindViews = options.views.filter((view) => view.kind === kind.name).map(viewLink);
		const named = featured(list, options.documentsPerKind ?? DOCUMENTS_PER_KIND).map((d) => ({
			label: d.data.sidebar.label ?? sidebarLabel(d.data),
			slug: d.id,
		}));
		items.push({ label: kind.label, collapsed: false, items: [...kindViews, ...named] });
	}
	const overdue = needsReview(documents, options.today).length;
	for (const view of options.views.filter((v) => !v.kind && v !== home)) {
		const badge =
			view.id === 'review' && overdue ? { badge: { text: String(overdue), variant: 'caution' as const } } : {};
		items.push({ ...viewLink(view), ...badge });
	}
	return items;
}
