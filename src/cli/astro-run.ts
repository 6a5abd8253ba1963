// Runs the Astro CLI for one site in its own staging folder, so that builds of different clients
// share no state: Astro keeps generated types and module lists in <root>/.astro/. The site's plan
// goes into that folder first (src/lib/build/site-plan.ts): the Astro run reads it from there.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { PARENT_ENV } from '../astro/watch-parent.ts';
import { astroFailureFilter, astroWarningFilter, withoutCodeLocations } from '../lib/astro-log.ts';
import { installRoot, isInstalledDependency } from '../lib/install.ts';
import type { Audience } from '../core/audiences.ts';
import type { SitePlan } from '../lib/build/site-plan.ts';
import { BUILD_ENV } from '../lib/build/env-plan-fs.ts';
import { removeSitePlan, writeSitePlan } from '../lib/build/site-plan-fs.ts';

/** A site named only, for Astro to read and check the client itself (see src/lib/build/env-plan-fs.ts). */
export interface AstroTarget {
	projectRoot: string;
	client: string;
	audience: Audience;
	/** Output folder; the client's dist/ folder when absent. */
	outDir?: string;
}

export interface AstroRun {
	engineRoot: string;
	/**
	 * What to build: a plan the CLI worked out from the client it checked, written into the staging
	 * folder where the Astro run reads it; or only the site's name, and the Astro run reads the client.
	 */
	site: { plan: SitePlan } | { target: AstroTarget };
	/** Show Astro's whole log instead of its warnings and errors. */
	verbose: boolean;
	/** Extra arguments after the command, e.g. `--port 4321`. */
	args?: string[];
	/** Receives the lines to show. */
	print: (line: string) => void;
}

/**
 * The folder Astro treats as the project root for one client and audience. It lies inside the
 * project Cairn is installed in (its own repository, or the client repository that has it as a
 * dependency), whose node_modules Astro resolves its integrations from, wherever the content is;
 * content from another folder (a test fixture) gets folders of its own, named with
 * {@link stageSuffix}.
 */
export function stageDir(engineRoot: string, projectRoot: string, client: string, audience: Audience): string {
	const root = installRoot(engineRoot);
	return join(root, '.cairn', 'stage', `${client}-${audience}${stageSuffix(engineRoot, projectRoot)}`);
}

/** What the staging folders of a project outside the Cairn installation end with. */
export function stageSuffix(engineRoot: string, projectRoot: string): string {
	if (projectRoot === installRoot(engineRoot)) return '';
	return `-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 10)}`;
}

export interface AstroResult {
	code: number;
	/** Astro's log, when it was captured (builds). */
	lines: string[];
}

export function runAstro(command: 'build' | 'sync' | 'dev' | 'preview', run: AstroRun): Promise<AstroResult> {
	const named = 'plan' in run.site ? run.site.plan : run.site.target;
	const stage = stageDir(run.engineRoot, named.projectRoot, named.client, named.audience);
	mkdirSync(stage, { recursive: true });
	if ('plan' in run.site) writeSitePlan(stage, run.site.plan);
	else removeSitePlan(stage);
	const target = 'target' in run.site ? run.site.target : undefined;
	// Vite's own variables left in the shell (vitest sets BASE_URL=/) would win over the site's config:
	// a site built under a base path would then link its favicon and sitemap at the root.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key)),
	);
	const env = {
		...inherited,
		...(target
			? {
					[BUILD_ENV.root]: target.projectRoot,
					[BUILD_ENV.client]: target.client,
					[BUILD_ENV.audience]: target.audience,
					...(target.outDir ? { [BUILD_ENV.outDir]: target.outDir } : {}),
				}
			: {}),
		ASTRO_TELEMETRY_DISABLED: '1',
		[PARENT_ENV]: String(process.pid),
		// A NODE_ENV left over in the shell (vitest sets "test") would make Vite build the client
		// scripts in development mode, and Starlight's search then never starts.
		NODE_ENV: command === 'dev' ? 'development' : 'production',
	};
	// Astro is Cairn's dependency: in its node_modules, or beside it when Cairn is one itself.
	const require = createRequire(join(run.engineRoot, 'package.json'));
	const astro = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
	// Installed as a dependency, Cairn's TypeScript lies under node_modules, where Node does not strip
	// types itself: the Astro process strips them with amaro, Node's own stripper, as the command does.
	const hooks = isInstalledDependency(run.engineRoot)
		? ['--import', pathToFileURL(require.resolve('amaro/strip')).href]
		: [];
	// Astro resolves --config against --root.
	const config = relative(stage, join(run.engineRoot, 'astro.config.mjs'));
	// Stops with this process, from its first moment on (src/astro/watch-parent.ts).
	const watch = ['--import', pathToFileURL(join(run.engineRoot, 'src', 'astro', 'watch-parent-start.ts')).href];
	const args = [...hooks, ...watch, astro, command, '--root', stage, '--config', config, ...(run.args ?? [])];
	const interactive = command === 'dev' || command === 'preview';
	const child = spawn(process.execPath, args, {
		// A static build's server chunks go into <cwd>/.astro/ when the output folder is outside the
		// working directory. In the staging folder they are the build's own, and Node resolves their
		// imports from the Cairn installation's node_modules.
		cwd: stage,
		env,
		stdio: interactive ? 'inherit' : ['ignore', 'pipe', 'pipe'],
	});
	const lines: string[] = [];
	if (!interactive) {
		for (const stream of [child.stdout, child.stderr]) {
			if (!stream) continue;
			createInterface({ input: stream }).on('line', (line) => {
				if (run.verbose) run.print(line);
				else lines.push(line);
			});
		}
	}
	// Without --verbose: on success only warnings; on failure the whole log but stack traces.
	const report = (code: number) => {
		if (run.verbose) return;
		const keep = code === 0 ? astroWarningFilter() : astroFailureFilter();
		for (const line of withoutCodeLocations(lines)) if (keep(line)) run.print(line);
	};
	return new Promise((resolve) => {
		child.on('close', (code, signal) => {
			const status = code ?? (signal ? 130 : 1);
			report(status);
			resolve({ code: status, lines });
		});
	});
}
