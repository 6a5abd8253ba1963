// `cairn build`: checks each client, then builds its sites (one per audience) with Astro into a
// temporary folder, adds the host files, and moves each into dist/<client>/<audience>/ only when
// its build succeeded.
import { existsSync, rmSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { findChromium } from '../lib/chromium-fs.ts';
import { UserError, userMessage } from '../lib/errors.ts';
import { acquireLock } from '../lib/lock-fs.ts';
import { defaultAudiences } from '../lib/audience.ts';
import type { SitePlan } from '../lib/build/site-plan.ts';
import { lastPage, planSite, readDiagramProblem } from '../lib/build/site-plan-fs.ts';
import type { AuditFinding } from '../lib/hosting/audit.ts';
import { prepareForHosting } from '../lib/hosting/hosting-fs.ts';
import { knownInlineScripts } from '../lib/hosting/known-scripts-fs.ts';
import { baseWithSlash, pageUrl, siteOutputDir } from '../lib/paths.ts';
import { type Audience } from '../core/audiences.ts';
import { problem } from '../lib/problems/problem.ts';
import { formatProblems } from '../lib/problems/report-text.ts';
import type { ClientProject } from '../lib/project.ts';
import { recordBuild } from '../lib/build-records-fs.ts';
import { recordsSite, siteRecordFiles } from '../lib/records/records.ts';
import { writeSiteRecords } from '../lib/records/records-fs.ts';
import { RECORDS_SCHEMA_FILE, recordsJsonSchema } from '../schemas/records.ts';
import { discard, publish, recoverAndSweep, stagingOutputDir } from '../lib/publish-fs.ts';
import { runAstro, stageDir } from './astro-run.ts';
import { checkClients } from './check.ts';
import { basePath, type ClientConfig } from '../schemas/client.ts';
import { today, type CliContext } from './context.ts';

export interface BuildOptions {
	client?: string;
	/** The sites to build; default: team, and investor when the client enables it. */
	audience?: Audience[];
	/** A base path for the sites built, in place of client.yaml's (a deployment's, such as GitHub Pages'). */
	base?: string;
	/** The check's problems were shown already (cairn verify): do not print them again. */
	checked?: boolean;
	/** How many sites to build at once; default: one per core (see {@link buildConcurrency}). */
	jobs?: number;
	verbose: boolean;
}

async function countPages(dir: string): Promise<number> {
	const entries = await readdir(dir, { recursive: true });
	return entries.filter((e) => e.endsWith('.html') && !e.startsWith('pagefind')).length;
}

/** Names the source file of the page Astro was rendering when the build failed, from the pages log. */
function failedSource(stage: string, plan: SitePlan): string[] {
	const route = lastPage(stage);
	if (route === undefined) return [];
	const base = baseWithSlash(plan.site.base);
	const document = plan.included.find((d) => pageUrl(base, d.id) === baseWithSlash(route));
	return document ? [`The page ${route} is built from ${document.file}.`] : [];
}

/** Names the source file of a page the audit found something in, when it is a document's page. */
function auditLines(findings: readonly AuditFinding[], project: ClientProject): string[] {
	return findings.map((finding) => {
		const id = finding.path.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '') || 'index';
		const document = project.documents.find((d) => d.id === id);
		const from = document ? ` (built from ${document.file})` : '';
		return `  ${finding.path}${from}: ${finding.what}: ${finding.excerpt}`;
	});
}

/** What one site's build says, printed as one block when it ends (sites build side by side). */
interface SiteLog {
	out: string[];
	err: string[];
}

interface SiteJob {
	project: ClientProject & { config: ClientConfig };
	audience: Audience;
}

async function buildOne(
	ctx: CliContext,
	{ project, audience }: SiteJob,
	options: { verbose: boolean; base?: string | undefined },
	knownScripts: () => Promise<ReadonlyMap<string, string>>,
	running: Set<() => string>,
): Promise<boolean> {
	const client = project.slug;
	const finalDir = join(ctx.projectRoot, siteOutputDir(client, audience));
	const stage = stageDir(ctx.engineRoot, ctx.projectRoot, client, audience);
	const release = acquireLock(join(stage, 'build.lock'), `the ${audience} site of ${client}`);
	const started = Date.now();
	const log: SiteLog = { out: [], err: [] };
	const kept = () =>
		existsSync(finalDir) ? ` The previous site in ${relative(ctx.projectRoot, finalDir)}/ is unchanged.` : '';
	let outDir: string | undefined;
	// Stopped with Ctrl-C or `kill`: no half-built folder and no lock left behind (Astro, its child,
	// stops by itself once this process is gone: src/astro/watch-parent-start.ts).
	const stop = () => {
		if (outDir) rmSync(outDir, { recursive: true, force: true });
		release();
		return `Stopped building ${client} (${audience}).${kept()}`;
	};
	running.add(stop);
	try {
		recoverAndSweep(finalDir);
		outDir = await stagingOutputDir(finalDir);
		ctx.out(`Building ${client} (${audience})…`);
		const plan = planSite(ctx.projectRoot, project, { audience, outDir, today: today(ctx), base: options.base });
		const astro = runAstro('build', {
			engineRoot: ctx.engineRoot,
			site: { plan },
			verbose: options.verbose,
			print: (line) => (options.verbose ? ctx.err(`  ${line}`) : log.err.push(`  ${line}`)),
		});
		// The site's documents as data and as Markdown, made while Astro works in its own process.
		const records = siteRecordFiles(recordsSite(project, { audience, site: plan.site, today: plan.today }), {
			file: RECORDS_SCHEMA_FILE,
			schema: recordsJsonSchema(),
		});
		const { code } = await astro;
		const complete = code === 0 && existsSync(join(outDir, 'index.html')) && existsSync(join(outDir, 'pagefind'));
		if (!complete) {
			await discard(outDir);
			const diagram = readDiagramProblem(stage);
			if (diagram?.kind === 'syntax') {
				const where = { file: diagram.file, line: diagram.line, column: diagram.line ? 1 : 0 };
				log.err.push(formatProblems([problem('DiagramSyntax', { detail: diagram.detail }, where)]));
			} else if (diagram?.kind === 'chromium') {
				log.err.push(userMessage('ChromiumDidNotStart', { chromium: diagram.chromium, detail: diagram.detail }));
			} else log.err.push(...failedSource(stage, plan));
			log.err.push(userMessage('SiteBuildFailed', { client, audience, kept: kept().trim() }));
			return false;
		}
		// The records join the pages, and are audited with them.
		await writeSiteRecords(outDir, records);
		const findings = await prepareForHosting(outDir, audience, await knownScripts());
		if (findings.length) {
			await discard(outDir);
			const lines = auditLines(findings, project).join('\n');
			log.err.push(userMessage('SiteUnpublishable', { client, audience, findings: lines, kept: kept().trim() }));
			return false;
		}
		const pages = await countPages(outDir);
		await publish(outDir, finalDir);
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		await recordBuild(ctx.projectRoot, { client, audience, finishedAt: new Date().toISOString(), pages });
		log.out.push(
			`Built ${client} (${audience}): ${pages} pages with a search index in ${relative(ctx.projectRoot, finalDir)}/ (${seconds} s).`,
		);
		return true;
	} finally {
		running.delete(stop);
		release();
		for (const line of log.err) ctx.err(line);
		for (const line of log.out) ctx.out(line);
	}
}

/** Runs `work` on every item, at most `limit` at a time, and returns the results in order. */
async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = [];
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await work(items[index] as T);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

/**
 * How many sites to build at once: one per core, as each Astro build uses about one; at most one
 * per 1.5 GB of memory, which a build of a large client takes; one with --verbose, whose log streams.
 */
export function buildConcurrency(sites: number, options: { jobs?: number | undefined; verbose: boolean }): number {
	if (options.verbose) return 1;
	const byMemory = Math.max(1, Math.floor(totalmem() / 1.5e9));
	return Math.max(1, Math.min(options.jobs ?? Math.min(availableParallelism(), byMemory), sites));
}

export async function buildCommand(ctx: CliContext, options: BuildOptions): Promise<number> {
	if (options.base !== undefined && !basePath.safeParse(options.base).success) {
		throw new UserError('BadBase', { base: options.base });
	}
	const result = await checkClients(ctx, options.client);
	if (result.problems.length && !options.checked) ctx.err(formatProblems(result.problems));
	let failed = result.problems.filter((p) => p.code === 'LinkedClientFolder').length;
	let known: Promise<ReadonlyMap<string, string>> | undefined;
	const knownScripts = () => (known ??= knownInlineScripts(ctx.engineRoot));
	const jobs: SiteJob[] = [];
	for (const { project, problems } of result.clients) {
		const errors = problems.filter((p) => p.severity === 'error').length;
		const config = project.config;
		if (errors || !config) {
			ctx.err(userMessage('ClientNotBuilt', { client: project.slug, errors }));
			failed++;
			continue;
		}
		let audiences = options.audience ?? defaultAudiences(config);
		if (audiences.includes('investor') && !config.investor) {
			// Asked for by name, a missing investor site is a mistake; across all clients, it is one
			// client among several that has none.
			if (options.client) throw new UserError('NoInvestorSite', { client: project.slug });
			ctx.out(
				`${project.slug} has no investor site, so none is built (to have one, add "investor: {}" to its client.yaml).`,
			);
			audiences = audiences.filter((audience) => audience !== 'investor');
		}
		for (const audience of audiences) jobs.push({ project: { ...project, config }, audience });
	}
	if (jobs.length && !findChromium()) ctx.out(userMessage('DiagramsInBrowser', {}));
	const concurrency = buildConcurrency(jobs.length, options);
	const running = new Set<() => string>();
	const stop = (signal: NodeJS.Signals) => {
		for (const cleanUp of running) ctx.err(cleanUp());
		process.exit(signal === 'SIGINT' ? 130 : 143);
	};
	const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
	for (const signal of signals) process.once(signal, stop);
	const started = Date.now();
	try {
		const one = { verbose: options.verbose, base: options.base };
		const built = await inPool(jobs, concurrency, (job) => buildOne(ctx, job, one, knownScripts, running));
		const broken = built.filter((ok) => !ok).length;
		failed += broken;
		if (jobs.length > 1) {
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			const how = concurrency > 1 ? `, ${concurrency} at a time` : '';
			ctx.out(
				`${jobs.length - broken} of ${jobs.length} sites built in ${seconds} s${how}${broken ? `; ${broken} failed (see above)` : ''}.`,
			);
		}
	} finally {
		for (const signal of signals) process.off(signal, stop);
	}
	return failed ? 1 : 0;
}
