// The site plan on disk: the CLI writes it into the staging folder before it starts Astro, and the
// Astro run reads it. Beside it, the pages log: the Astro run notes each page before it renders it
// (src/astro/page-log.ts), so that when a build fails the CLI knows, from that data, which page and
// so which document failed.
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientConfig } from '../../schemas/client.ts';
import { changeDates } from '../git-dates-fs.ts';
import type { ClientProject } from '../project.ts';
import { PLAN_FILE, sitePlan, type SitePlan, type SitePlanOptions } from './site-plan.ts';

/** One page per line, as JSON: `{"route":"/adr/0003-queue/"}`. */
export const PAGES_LOG = 'cairn-pages.jsonl';

/** Why the build could not draw its diagrams (src/astro/diagrams.ts). */
export const DIAGRAM_PROBLEM = 'cairn-diagram-problem.json';

export type DiagramProblem =
	| {
			/** Mermaid cannot read a diagram. */
			kind: 'syntax';
			/** The document's project-relative file, or the page's route for a diagram Cairn generated. */
			file: string;
			/** The line in that file; 0 when not known. */
			line: number;
			/** Mermaid's message, on one line. */
			detail: string;
	  }
	| {
			/** The Chromium that draws diagrams did not start. */
			kind: 'chromium';
			/** Its path. */
			chromium: string;
			/** Why, on one line. */
			detail: string;
	  };

export function writeSitePlan(stage: string, plan: SitePlan): void {
	writeFileSync(join(stage, PLAN_FILE), JSON.stringify(plan));
	rmSync(join(stage, PAGES_LOG), { force: true });
	rmSync(join(stage, DIAGRAM_PROBLEM), { force: true });
}

/** Removes a plan left from an earlier run, for an Astro run that reads the client itself. */
export function removeSitePlan(stage: string): void {
	rmSync(join(stage, PLAN_FILE), { force: true });
	rmSync(join(stage, PAGES_LOG), { force: true });
}

/** Whether a folder holds a plan, as the staging folder of a run `cairn build` started does. */
export function hasSitePlan(stage: string): boolean {
	return existsSync(join(stage, PLAN_FILE));
}

/** The plan in a staging folder, or `undefined` when there is none (Astro run by hand). */
export function readSitePlan(stage: string): SitePlan | undefined {
	const file = join(stage, PLAN_FILE);
	if (!existsSync(file)) return undefined;
	const plan = JSON.parse(readFileSync(file, 'utf8')) as Omit<SitePlan, 'version'> & { version: unknown };
	if (plan.version !== 1) {
		throw new Error(`${file} is a plan of another version of Cairn; build again with npx cairn build`);
	}
	return { ...plan, version: 1 };
}

/** Notes that a page is about to be rendered. */
export function notePage(stage: string, route: string): void {
	appendFileSync(join(stage, PAGES_LOG), `${JSON.stringify({ route })}\n`);
}

export function writeDiagramProblem(stage: string, problem: DiagramProblem): void {
	writeFileSync(join(stage, DIAGRAM_PROBLEM), JSON.stringify(problem));
}

/** The diagram the Astro run stopped on, if that is why it failed. */
export function readDiagramProblem(stage: string): DiagramProblem | undefined {
	const file = join(stage, DIAGRAM_PROBLEM);
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DiagramProblem) : undefined;
}

/** The last page the Astro run started to render: the one that failed, when the build failed. */
export function lastPage(stage: string): string | undefined {
	const file = join(stage, PAGES_LOG);
	if (!existsSync(file)) return undefined;
	const last = readFileSync(file, 'utf8').trimEnd().split('\n').at(-1);
	return last ? (JSON.parse(last) as { route: string }).route : undefined;
}

/** The plan of one site of a checked client, with its documents' change dates read from git or the files. */
export function planSite(
	projectRoot: string,
	project: ClientProject & { config: ClientConfig },
	options: Omit<SitePlanOptions, 'changesOf'>,
): SitePlan {
	return sitePlan(projectRoot, project, { ...options, changesOf: (paths) => changeDates(project.dir, paths) });
}
