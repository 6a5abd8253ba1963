// The site's sidebar. Its size must not grow with the number of documents (every page carries
// it): the home page, then per kind its views and at most a few documents, then the views that
// list everything. The views are where every document can be found.
import { kindEntry, kinds, type KindName } from '../core/kinds.ts';
import type { DocumentData, DocumentOf } from '../schemas/document.ts';
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

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);

/**
 * Per kind, how its sidebar group orders documents (it names the first few) and, where it differs
 * from the title, how it labels one. A new kind must say how its documents are ordered.
 */
const sidebarByKind = {
	adr: {
		order: (a: DocumentOf<'adr'>, b: DocumentOf<'adr'>) =>
			(b.date ?? '').localeCompare(a.date ?? '') || b.id.localeCompare(a.id),
		label: (adr: DocumentOf<'adr'>) => `${adr.id.replace(/^ADR-0*(\d)/, 'ADR $1')}: ${adr.title}`,
	},
	runbook: {
		order: (a: DocumentOf<'runbook'>, b: DocumentOf<'runbook'>) =>
			a.severity.localeCompare(b.severity) || byTitle(a, b),
	},
	postmortem: {
		order: (a: DocumentOf<'postmortem'>, b: DocumentOf<'postmortem'>) =>
			b.started.localeCompare(a.started) || byTitle(a, b),
	},
	architecture: { order: byTitle },
	roadmap: { order: byTitle },
	plan: { order: byTitle },
	security: { order: byTitle },
	debt: { order: byTitle },
	vendor: { order: byTitle },
	hiring: { order: byTitle },
	budget: { order: byTitle },
	diligence: { order: byTitle },
	page: { order: byTitle },
} satisfies {
	[K in KindName]: { order: (a: DocumentOf<K>, b: DocumentOf<K>) => number; label?: (data: DocumentOf<K>) => string };
};

interface SidebarRule {
	order: (a: DocumentData, b: DocumentData) => number;
	label?: (data: DocumentData) => string;
}

// A kind added without its entry is ordered by title rather than crashing the build.
const ruleOf = (kind: KindName): SidebarRule => kindEntry<SidebarRule>(sidebarByKind, kind) ?? { order: byTitle };

/** A document's label in the sidebar: ADRs lead with their id. */
export function sidebarLabel(data: Frontmatter): string {
	return ruleOf(data.kind).label?.(data) ?? data.title;
}

/** The documents of one kind its group names: the newest decisions and incidents, the most severe runbooks, else by title. */
function featured(kind: KindName, list: readonly SidebarDocument[], limit: number): SidebarDocument[] {
	const { order } = ruleOf(kind);
	return [...list].sort((a, b) => order(a.data, b.data)).slice(0, limit);
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
		const named = featured(kind.name, list, options.documentsPerKind ?? DOCUMENTS_PER_KIND).map((d) => ({
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
