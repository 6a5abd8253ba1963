// The plan of one site build, worked out once by the CLI from the client it has already read and
// checked: which client and audience, the documents built and those left out, the base path,
// the output folder, and what the pages need from the whole client (handover readiness, incident
// figures). It is written as JSON into the site's staging folder; the Astro run reads it instead
// of reading and validating the client again. Pure.
import type { Audience } from '../../core/audiences.ts';
import type { IsoDate } from '../../core/dates.ts';
import type { ClientConfig } from '../../schemas/client.ts';
import type { Frontmatter } from '../../schemas/frontmatter.ts';
import { selectAudience, siteFor } from '../audience.ts';
import type { ValidDocument } from '../check/context.ts';
import { handoverReadiness } from '../handover/readiness.ts';
import type { ChangeDates } from '../git-dates-fs.ts';
import type { ClientProject } from '../project.ts';
import { incidentFigures, type IncidentFigures } from '../views/postmortems.ts';

/** The plan's file in the staging folder (Astro's project root for the run). */
export const PLAN_FILE = 'cairn-plan.json';

export interface PlannedDocument {
	/** The page id, e.g. `adr/0003-queue`. */
	id: string;
	/** Path inside the client folder, e.g. `adr/0003-queue.mdx`. */
	path: string;
	/** Project-relative, for messages: `content/acme/adr/0003-queue.mdx`. */
	file: string;
}

/** A loose end of the handover, for the internal site's /handover/ page. */
export interface ReadinessRow {
	page: string | undefined;
	file: string;
	field: string;
	message: string;
	hint?: string;
}

export interface SitePlan {
	version: 1;
	/** The folder holding `content/`. */
	projectRoot: string;
	client: string;
	/** Absolute path of the client folder. */
	clientDir: string;
	audience: Audience;
	/** Absolute output folder. */
	outDir: string;
	site: { url?: string; base: string };
	config: ClientConfig;
	/** The date reviews and due dates are measured against. */
	today: IsoDate;
	/** The documents built into the site, with their validated frontmatter. */
	included: (PlannedDocument & { data: Frontmatter })[];
	/** The documents left out: the content glob skips them, and links to them lose their link. */
	excluded: PlannedDocument[];
	/** From every postmortem of the client, whatever its audience (only these numbers are shown). */
	incidents: IncidentFigures | undefined;
	/** The internal site's loose ends before the handover; empty for the other sites. */
	readiness: ReadinessRow[];
	/** When each built document last changed, by path in the client folder. */
	changes: ChangeDates;
}

export interface SitePlanOptions {
	audience: Audience;
	outDir: string;
	today: IsoDate;
	/** A base path in place of client.yaml's (`cairn build --base`). */
	base?: string | undefined;
	/** When each of these documents (paths in the client folder) last changed: git or file dates. */
	changesOf: (paths: readonly string[]) => ChangeDates;
}

const planned = ({ id, path, file }: PlannedDocument): PlannedDocument => ({ id, path, file });

/** The plan of one site of a client whose content has no errors (`project.config` is set). */
export function sitePlan(
	projectRoot: string,
	project: ClientProject & { config: ClientConfig },
	options: SitePlanOptions,
): SitePlan {
	const { included, excluded } = selectAudience(project.documents, options.audience);
	const valid = included.filter((d): d is ValidDocument => d.data !== undefined);
	const site = siteFor(project.config, options.audience);
	const changes = options.changesOf(valid.map((d) => d.path));
	const readiness =
		options.audience === 'internal'
			? handoverReadiness({
					slug: project.slug,
					config: project.config,
					documents: valid,
					today: options.today,
					changed: changes.dates,
				}).map(({ file, field, message, hint }) => ({
					page: valid.find((d) => d.file === file)?.id,
					file,
					field,
					message,
					...(hint ? { hint } : {}),
				}))
			: [];
	const postmortems = project.documents.flatMap((d) =>
		d.data?.kind === 'postmortem' && !d.data.draft ? [d.data] : [],
	);
	return {
		version: 1,
		projectRoot,
		client: project.slug,
		clientDir: project.dir,
		audience: options.audience,
		outDir: options.outDir,
		site: { ...site, ...(options.base ? { base: options.base } : {}) },
		config: project.config,
		today: options.today,
		included: valid.map((d) => ({ ...planned(d), data: d.data })),
		excluded: excluded.map(planned),
		incidents: incidentFigures(postmortems, options.today),
		readiness,
		changes,
	};
}
