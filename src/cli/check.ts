// `cairn check`: validates clients without starting Astro and prints every problem at once.
import { loadClient, type ClientProject } from '../lib/project-fs.ts';
import { sortProblems, type Problem } from '../lib/problems/problem.ts';
import { formatProblems, summarize } from '../lib/problems/report-text.ts';
import { selectClients, type CliContext } from './context.ts';

export interface CheckOptions {
	client?: string;
	format: 'text' | 'json';
}

export interface CheckResult {
	projects: ClientProject[];
	problems: Problem[];
}

/** Loads and validates the selected clients. */
export async function checkClients(ctx: CliContext, client: string | undefined): Promise<CheckResult> {
	const slugs = await selectClients(ctx, client);
	const projects = await Promise.all(slugs.map((slug) => loadClient(ctx.projectRoot, slug)));
	return { projects, problems: sortProblems(projects.flatMap((p) => p.problems)) };
}

export function documentCount(result: CheckResult): number {
	return result.projects.reduce((n, p) => n + p.documents.length, 0);
}

export async function checkCommand(ctx: CliContext, options: CheckOptions): Promise<number> {
	const result = await checkClients(ctx, options.client);
	const errors = result.problems.filter((p) => p.severity === 'error').length;
	if (options.format === 'json') {
		ctx.out(
			JSON.stringify(
				{
					clients: result.projects.map((p) => p.slug),
					documents: documentCount(result),
					errors,
					warnings: result.problems.length - errors,
					problems: result.problems,
				},
				null,
				2,
			),
		);
	} else {
		if (result.problems.length) ctx.out(formatProblems(result.problems));
		ctx.out(summarize(result.problems, documentCount(result)));
	}
	return errors ? 1 : 0;
}
