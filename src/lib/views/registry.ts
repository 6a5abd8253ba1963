// The generated views: pages Cairn builds from the documents' frontmatter, each at a fixed path
// that no document may take. The Astro config injects the routes, the sidebar and the home page
// link to them, and `cairn check` knows them as pages.
import { kindEntry, kindNames, type KindName } from '../../core/kinds.ts';
import type { Audience } from '../../core/audiences.ts';
import { ofKind, type ViewDocument } from './documents.ts';

export interface ViewDefinition {
	/** The page id: its path under the site's base, e.g. `adr/graph`. */
	id: string;
	title: string;
	/** One line on what the view shows, for the home page and the page's description. */
	summary: string;
	/** The component under src/views/ that renders it. */
	component: string;
	/** The kind whose sidebar group lists it; views without one stand on their own. */
	kind?: KindName;
	/** Whether a client with these documents gets the view. */
	when: (documents: readonly ViewDocument[]) => boolean;
	/** The sites that have it. Default: every audience. */
	audiences?: readonly Audience[];
}

const any = (kind: ViewDocument['data']['kind']) => (documents: readonly ViewDocument[]) =>
	documents.some((d) => d.data.kind === kind);

/**
 * The views of each kind, listed in its sidebar group: one entry per kind, so a new kind must say
 * which views it has (most have none: the document's own page shows what there is to see).
 */
const viewsByKind = {
	adr: [
		{
			id: 'adr',
			title: 'Decision log',
			summary: 'Every architecture decision, with its status, date and decision makers.',
			component: 'DecisionLog.astro',
			when: any('adr'),
		},
		{
			id: 'adr/graph',
			title: 'Decision graph',
			summary: 'Which decisions replaced or amended which, and the roadmap items that rely on them.',
			component: 'DecisionGraph.astro',
			when: any('adr'),
		},
	],
	runbook: [
		{
			id: 'runbooks',
			title: 'Runbooks by service',
			summary: 'Every runbook, grouped by service, most severe first.',
			component: 'RunbookIndex.astro',
			when: any('runbook'),
		},
		{
			id: 'runbooks/alerts',
			title: 'Alerts',
			summary: 'Each alert name and the runbook to open when it fires.',
			component: 'AlertTable.astro',
			when: (documents) => ofKind(documents, 'runbook').some((d) => d.data.alerts.length > 0),
		},
	],
	postmortem: [
		{
			id: 'postmortems',
			title: 'Incidents',
			summary: 'Incidents over time, time to detect and restore by service, and the action items still open.',
			component: 'Incidents.astro',
			when: any('postmortem'),
		},
	],
	architecture: [],
	roadmap: [],
	plan: [],
	security: [],
	debt: [],
	vendor: [],
	hiring: [],
	budget: [],
	diligence: [],
	page: [],
} satisfies Record<KindName, Omit<ViewDefinition, 'kind'>[]>;

export const views: readonly ViewDefinition[] = [
	...kindNames.flatMap(
		(kind) =>
			kindEntry<Omit<ViewDefinition, 'kind'>[]>(viewsByKind, kind)?.map((view) => ({
				...view,
				kind,
			})) ?? [],
	),
	{
		id: 'review',
		title: 'Needs review',
		summary: 'Documents whose review date has passed.',
		component: 'NeedsReview.astro',
		when: () => true,
		audiences: ['team', 'internal'],
	},
	{
		id: 'index',
		title: 'Technical diligence',
		summary: 'The company’s technology on one page, for investors.',
		component: 'DiligencePage.astro',
		when: () => true,
		audiences: ['investor'],
	},
	{
		id: 'handover',
		title: 'Handover readiness',
		summary: 'What to tie up before the engagement ends: the loose ends npx cairn handover --check lists.',
		component: 'HandoverReadiness.astro',
		when: () => true,
		audiences: ['internal'],
	},
	{
		id: 'all',
		title: 'All documents',
		summary: 'Every document of the site, by kind.',
		component: 'AllDocuments.astro',
		when: () => true,
	},
];

/** Whether a site for `audience` has the view at all (whatever its documents). */
export function viewInAudience(view: ViewDefinition, audience: Audience): boolean {
	return view.audiences?.includes(audience) ?? true;
}

/** The views a site with these documents, for this audience, gets. */
export function availableViews(documents: readonly ViewDocument[], audience: Audience): ViewDefinition[] {
	return views.filter((view) => viewInAudience(view, audience) && view.when(documents));
}
