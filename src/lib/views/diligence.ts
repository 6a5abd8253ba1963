// What the diligence page shows, computed here and handed to the component: each part from the
// build's first document of its kind (the architecture diagram, a roadmap summary, the security
// baseline, the largest debt), and the reliability figures (from the postmortems when there are some).
import type { KindName } from '../../core/kinds.ts';
import type { Architecture } from '../../schemas/architecture.ts';
import type { DebtItem } from '../../schemas/debt.ts';
import type { Diligence } from '../../schemas/diligence.ts';
import type { Frontmatter } from '../../schemas/frontmatter.ts';
import type { Roadmap } from '../../schemas/roadmap.ts';
import type { Security } from '../../schemas/security.ts';
import { fencedDiagrams } from '../diagrams/markup.ts';
import { topDebt } from './debt.ts';
import { ofKind } from './documents.ts';
import type { IncidentFigures } from './postmortems.ts';

/** The first Mermaid diagram in a Markdown body, or `undefined`. Fences of three or more backticks or tildes. */
export function firstMermaid(body: string): string | undefined {
	return fencedDiagrams(body)[0]?.source;
}

export interface RoadmapSummary {
	horizon: Roadmap['horizon'];
	counts: Record<Roadmap['items'][number]['status'], number>;
	themes: { theme: string; items: number; done: number }[];
}

export function roadmapSummary(roadmap: Pick<Roadmap, 'horizon' | 'items'>): RoadmapSummary {
	const counts = { planned: 0, 'in-progress': 0, done: 0, dropped: 0 };
	const themes = new Map<string, { theme: string; items: number; done: number }>();
	for (const item of roadmap.items) {
		counts[item.status]++;
		const theme = themes.get(item.theme) ?? { theme: item.theme, items: 0, done: 0 };
		theme.items++;
		if (item.status === 'done') theme.done++;
		themes.set(item.theme, theme);
	}
	return { horizon: roadmap.horizon, counts, themes: [...themes.values()] };
}

/** A figure of the diligence page: its label and value, and where the value comes from when not the narrative. */
export interface DiligenceFigure {
	label: string;
	value: string;
	source?: string;
}

/**
 * The code quality and reliability figures, in the page's order, without those not given. When
 * the client has postmortems, the incident count and the time to restore come from them, not from
 * the narrative's hand-typed numbers.
 */
export function diligenceFigures(
	metrics: Diligence['metrics'],
	incidents: IncidentFigures | undefined,
): DiligenceFigure[] {
	const fromPostmortems = incidents
		? `from ${incidents.postmortems} postmortem${incidents.postmortems === 1 ? '' : 's'}`
		: undefined;
	const figures: { label: string; value: string | undefined; source?: string | undefined }[] = [
		{ label: 'Test coverage', value: metrics.testCoverage !== undefined ? `${metrics.testCoverage}%` : undefined },
		{ label: 'Deploy frequency', value: metrics.deployFrequency },
		{
			label: 'Change failure rate',
			value: metrics.changeFailureRate !== undefined ? `${metrics.changeFailureRate}%` : undefined,
		},
		incidents
			? { label: 'Time to restore (MTTR)', value: incidents.mttr ?? 'no incidents', source: fromPostmortems }
			: { label: 'Time to restore (MTTR)', value: metrics.mttr },
		incidents
			? { label: 'Incidents, last 12 months', value: String(incidents.incidents12m), source: fromPostmortems }
			: { label: 'Incidents, last 12 months', value: metrics.incidents12m?.toString() },
		{ label: 'Last restore test', value: metrics.lastRestoreTest },
	];
	return figures.flatMap(({ label, value, source }) =>
		value === undefined ? [] : [{ label, value, ...(source ? { source } : {}) }],
	);
}

/** A document of the build, with its Markdown body where the page needs it (the architecture diagram). */
export interface DiligenceSource {
	id: string;
	data: Frontmatter;
	body?: string | undefined;
}

/** A part of the page and the page it comes from (for "the whole register: …" links). */
interface Part<T> {
	id: string;
	title: string;
	data: T;
}

/** What the diligence page shows, each part from the build's first document of its kind, if any. */
export interface DiligencePage {
	narrative?: Part<Diligence>;
	architecture?: Part<Architecture> & { diagram: string | undefined };
	roadmap?: Part<RoadmapSummary>;
	security?: Part<Security>;
	/** The outstanding items of highest impact; none when all are paid or accepted. */
	debt?: Part<DebtItem[]>;
}

export function diligencePage(documents: readonly DiligenceSource[]): DiligencePage {
	const first = <K extends KindName>(kind: K) => ofKind(documents, kind)[0];
	const part = <T>(document: { id: string; data: { title: string } }, data: T): Part<T> => ({
		id: document.id,
		title: document.data.title,
		data,
	});
	const narrative = first('diligence');
	const architecture = first('architecture');
	const roadmap = first('roadmap');
	const security = first('security');
	const debt = first('debt');
	const top = debt ? topDebt(debt.data) : [];
	const body = architecture ? documents.find((d) => d.id === architecture.id)?.body : undefined;
	return {
		...(narrative ? { narrative: part(narrative, narrative.data) } : {}),
		...(architecture
			? { architecture: { ...part(architecture, architecture.data), diagram: firstMermaid(body ?? '') } }
			: {}),
		...(roadmap ? { roadmap: part(roadmap, roadmapSummary(roadmap.data)) } : {}),
		...(security ? { security: part(security, security.data) } : {}),
		...(debt && top.length > 0 ? { debt: part(debt, top) } : {}),
	};
}
