// `cairn build`: checks each client, then builds its site with Astro into a temporary folder and
// moves it into dist/<client>/team/ only when the build succeeded.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { acquireLock } from '../lib/lock-fs.ts';
import { siteOutputDir, type Audience } from '../lib/paths.ts';
import { formatProblems } from '../lib/problems/report-text.ts';
import { discard, publish, stagingOutputDir } from '../lib/publish-fs.ts';
import { runAstro, stageDir } from './astro-run.ts';
import { checkClients } from './check.ts';
import type { CliContext } from './context.ts';

export interface BuildOptions {
	client?: string;
	verbose: boolean;
}

async function countPages(dir: string): Promise<number> {
	const entries = await readdir(dir, { recursive: true });
	return entries.filter((e) => e.endsWith('.html') && !e.startsWith('pagefind')).length;
}

async function buildOne(ctx: CliContext, client: string, audience: Audience, verbose: boolean): Promise<boolean> {
	const finalDir = join(ctx.projectRoot, siteOutputDir(client, audience));
	const release = acquireLock(
		join(stageDir(ctx.engineRoot, ctx.projectRoot, client, audience), 'build.lock'),
		`the ${audience} site of ${client}`,
	);
	const started = Date.now();
	try {
		const outDir = await stagingOutputDir(finalDir);
		ctx.out(`Building ${client} (${audience})…`);
		const code = await runAstro('build', {
			engineRoot: ctx.engineRoot,
			projectRoot: ctx.projectRoot,
			client,
			audience,
			outDir,
			verbose,
			print: (line) => ctx.err(`  ${line}`),
		});
		const complete = code === 0 && existsSync(join(outDir, 'index.html')) && existsSync(join(outDir, 'pagefind'));
		if (!complete) {
			await discard(outDir);
			const kept = existsSync(finalDir)
				? ` The previous site in ${relative(ctx.projectRoot, finalDir)}/ is unchanged.`
				: '';
			ctx.err(`Building ${client} failed (see the messages above).${kept}`);
			return false;
		}
		const pages = await countPages(outDir);
		await publish(outDir, finalDir);
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		ctx.out(
			`Built ${client}: ${pages} pages with a search index in ${relative(ctx.projectRoot, finalDir)}/ (${seconds} s).`,
		);
		return true;
	} finally {
		release();
	}
}

export async function buildCommand(ctx: CliContext, options: BuildOptions): Promise<number> {
	const result = await checkClients(ctx, options.client);
	if (result.problems.length) ctx.err(formatProblems(result.problems));
	let failed = 0;
	for (const project of result.projects) {
		const errors = project.problems.filter((p) => p.severity === 'error').length;
		if (errors) {
			ctx.err(
				`${project.slug} was not built: fix the ${errors === 1 ? 'error' : `${errors} errors`} above, then build again.`,
			);
			failed++;
		} else if (!(await buildOne(ctx, project.slug, 'team', options.verbose))) {
			failed++;
		}
	}
	return failed ? 1 : 0;
}
