// The CTO's view across clients: where each engagement stands (`cairn status`) and which sites
// there are to build (`cairn matrix`, in the shape GitHub Actions' strategy.matrix takes, so that
// CI builds each site in a job of its own). Pure: the commands read the clients and build records.
import { daysBetween, type IsoDate } from '../core/dates.ts';
import { defaultAudiences } from './audience.ts';
import { isOverdue, reviewState } from './freshness.ts';
import type { Audience } from '../core/audiences.ts';
import type { ClientProject } from './project.ts';
import { kinds, type KindName } from '../core/kinds.ts';

export interface ClientStatus {
	client: string;
	name: string;
	engagement: { start: IsoDate; end: IsoDate; daysLeft: number };
	/** Documents by kind, the kinds in their usual order. */
	documents: Partial<Record<KindName, number>>;
	overdueReviews: number;
	openProposals: number;
	investorSite: boolean;
	/** When each of the client's default sites was last built successfully, if ever. */
	lastBuilds: { audience: Audience; finishedAt: string | null }[];
	/** Errors `cairn check` would report: a client with errors is not built. */
	errors: number;
}

export function clientStatus(
	project: ClientProject,
	today: IsoDate,
	builds: (audience: Audience) => string | undefined,
): ClientStatus | undefined {
	const config = project.config;
	if (!config) return undefined;
	const documents: Partial<Record<KindName, number>> = {};
	let overdueReviews = 0;
	let openProposals = 0;
	for (const kind of kinds) {
		const count = project.documents.filter((d) => d.data?.kind === kind.name).length;
		if (count) documents[kind.name] = count;
	}
	for (const { data } of project.documents) {
		if (!data) continue;
		if (isOverdue(reviewState(data, today))) overdueReviews++;
		if (data.kind === 'adr' && data.status === 'proposed') openProposals++;
	}
	return {
		client: project.slug,
		name: config.name,
		engagement: { ...config.engagement, daysLeft: daysBetween(today, config.engagement.end) },
		documents,
		overdueReviews,
		openProposals,
		investorSite: Boolean(config.investor),
		lastBuilds: defaultAudiences(config).map((audience) => ({ audience, finishedAt: builds(audience) ?? null })),
		errors: project.problems.filter((p) => p.severity === 'error').length,
	};
}

/** The sites to build, one entry per client and audience, as `strategy.matrix` takes them. */
export function buildMatrix(projects: readonly ClientProject[]): { include: { client: string; audience: Audience }[] } {
	return {
		include: projects.flatMap((project) =>
			project.config ? defaultAudiences(project.config).map((audience) => ({ client: project.slug, audience })) : [],
		),
	};
}

function pad(cells: readonly string[][]): string[] {
	const widths = cells[0]?.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length))) ?? [];
	return cells.map((row) =>
		row
			.map((cell, i) => cell.padEnd(widths[i] ?? 0))
			.join('  ')
			.trimEnd(),
	);
}

/** The status as a table a terminal shows. */
export function formatStatus(rows: readonly ClientStatus[]): string {
	const header = ['client', 'engagement', 'days left', 'documents', 'overdue', 'proposed', 'investor', 'last built'];
	const lines = rows.map((row) => [
		row.errors ? `${row.client} (${row.errors} errors)` : row.client,
		`${row.engagement.start} → ${row.engagement.end}`,
		row.engagement.daysLeft >= 0 ? String(row.engagement.daysLeft) : `ended ${-row.engagement.daysLeft} days ago`,
		kinds
			.filter((kind) => row.documents[kind.name])
			.map((kind) => `${row.documents[kind.name] ?? 0} ${kind.name}`)
			.join(', '),
		String(row.overdueReviews),
		String(row.openProposals),
		row.investorSite ? 'yes' : 'no',
		row.lastBuilds
			.map((b) => `${b.audience} ${b.finishedAt ? b.finishedAt.slice(0, 16).replace('T', ' ') : 'never'}`)
			.join(', '),
	]);
	return pad([header, ...lines]).join('\n');
}
