// The site plan of an Astro run started by hand (`astro check`, `astro build` in a one-client
// project), where no `cairn build` wrote one: the client, audience, output folder and base path come
// from environment variables, and the client is read and checked here. `cairn build` never uses it.
import { isAbsolute, join, resolve } from 'node:path';
import { audiences, isAudience, type Audience } from '../../core/audiences.ts';
import { UserError } from '../errors.ts';
import { installRoot } from '../install.ts';
import { CONTENT_DIR, siteOutputDir } from '../paths.ts';
import { formatProblems } from '../problems/report-text.ts';
import { loadClient, readClientFoldersSync } from '../project-fs.ts';
import { todayFrom } from '../today.ts';
import type { SitePlan } from './site-plan.ts';
import { planSite } from './site-plan-fs.ts';

export interface BuildTarget {
	/** The folder holding `content/`. */
	projectRoot: string;
	client: string;
	audience: Audience;
	/** Absolute output folder. */
	outDir: string;
	/** A base path for this build in place of client.yaml's (`cairn build --base`), e.g. for GitHub Pages. */
	base?: string;
}

export const BUILD_ENV = {
	root: 'CAIRN_ROOT',
	client: 'CAIRN_CLIENT',
	audience: 'CAIRN_AUDIENCE',
	outDir: 'CAIRN_OUT_DIR',
	base: 'CAIRN_BASE',
} as const;

export function resolveBuildTarget(env: Record<string, string | undefined>, engineRoot: string): BuildTarget {
	const rootEnv = env[BUILD_ENV.root];
	const projectRoot = rootEnv ? resolve(rootEnv) : installRoot(engineRoot);
	const clients = readClientFoldersSync(projectRoot).clients;
	const client = env[BUILD_ENV.client] ?? (clients.length === 1 ? clients[0] : undefined);
	if (!client) {
		throw clients.length === 0
			? new UserError('NoClients', { dir: join(projectRoot, CONTENT_DIR) })
			: new UserError('ClientNotChosen', { clients });
	}
	if (!clients.includes(client)) {
		throw new UserError('UnknownClient', { slug: client, dir: join(projectRoot, CONTENT_DIR), known: clients });
	}
	const audience: string = env[BUILD_ENV.audience] ?? 'team';
	if (!isAudience(audience)) {
		throw new UserError('UnknownAudience', { audience, options: audiences });
	}
	const outDirEnv = env[BUILD_ENV.outDir];
	const outDir = outDirEnv
		? isAbsolute(outDirEnv)
			? outDirEnv
			: resolve(projectRoot, outDirEnv)
		: join(projectRoot, siteOutputDir(client, audience));
	const base = env[BUILD_ENV.base];
	return { projectRoot, client, audience, outDir, ...(base ? { base } : {}) };
}

/** The plan of the site the environment names, from the client read and checked now. */
export async function planFromEnvironment(
	env: Record<string, string | undefined>,
	engineRoot: string,
): Promise<SitePlan> {
	const target = resolveBuildTarget(env, engineRoot);
	const project = await loadClient(target.projectRoot, target.client);
	const errors = project.problems.filter((p) => p.severity === 'error');
	const config = project.config;
	if (errors.length || !config) {
		throw new UserError('ContentHasErrors', { client: target.client }, { details: formatProblems(errors) });
	}
	if (target.audience === 'investor' && !config.investor)
		throw new UserError('NoInvestorSite', { client: target.client });
	return planSite(
		target.projectRoot,
		{ ...project, config },
		{
			audience: target.audience,
			outDir: target.outDir,
			today: todayFrom(env, new Date()),
			base: target.base,
		},
	);
}
