// Everything one Astro run needs to know before it starts, worked out once from the content:
// the client, the audience, the documents of that audience and those left out. The Astro config
// and the content collection both start from it, so they agree on what is built.
import { selectAudience, siteFor, type AudienceSelection } from '../lib/audience.ts';
import { UserError } from '../lib/errors.ts';
import { formatProblems } from '../lib/problems/report-text.ts';
import { loadClient } from '../lib/project-fs.ts';
import type { ClientProject } from '../lib/project.ts';
import type { ClientConfig } from '../schemas/client.ts';
import { resolveBuildTarget, type BuildTarget } from './build-target.ts';

export interface BuildPlan extends AudienceSelection {
	target: BuildTarget;
	project: ClientProject;
	client: ClientConfig;
	site: { url?: string; base: string };
}

export async function loadBuildPlan(engineRoot: string): Promise<BuildPlan> {
	const target = resolveBuildTarget(process.env, engineRoot);
	const project = await loadClient(target.projectRoot, target.client);
	const errors = project.problems.filter((p) => p.severity === 'error');
	if (errors.length || !project.config) {
		throw new UserError('ContentHasErrors', { client: target.client }, { details: formatProblems(errors) });
	}
	const client = project.config;
	if (target.audience === 'investor' && !client.investor)
		throw new UserError('NoInvestorSite', { client: target.client });
	return {
		target,
		project,
		client,
		site: { ...siteFor(client, target.audience), ...(target.base ? { base: target.base } : {}) },
		...selectAudience(project.documents, target.audience),
	};
}
