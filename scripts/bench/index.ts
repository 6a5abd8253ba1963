// `npm run bench`: Cairn against plain Starlight on the same synthetic pages, in one run on this
// machine, and the figures written to BENCHMARKS.md. For each size (default 200 and 1,000
// documents): cold builds alternating Cairn / Starlight, pair by pair — wall, CPU and peak memory
// of the whole process tree, output, median page, Pagefind index, JavaScript of a page without and
// with a diagram; then `cairn check`, a rebuild after editing one document, and four clients of 250
// documents built side by side against one after another; Lighthouse on the demo's diagram pages.
// Usage: npm run bench [-- --documents 200,1000 --pairs 3 --per-client 250 --with docusaurus --no-lighthouse]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stageSuffix } from '../../src/cli/astro-run.ts';
import { findChromium } from '../../src/lib/chromium-fs.ts';
import { docusaurusBuild, writeDocusaurusCopy } from './docusaurus-copy.ts';
import { lighthouseScores, type LighthouseScore } from './lighthouse.ts';
import {
	measureRun,
	pageScripts,
	siteFigures,
	type PageScripts,
	type RunFigures,
	type SiteFigures,
} from './measure.ts';
import { median } from './options.ts';
import { starlightBuild, writeStarlightCopy } from './starlight-copy.ts';
import { writeSyntheticClient } from './synthetic.ts';

const engineRoot = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(engineRoot, 'scripts', 'cairn.mjs');
const { values } = parseArgs({
	options: {
		documents: { type: 'string', default: '200,1000' },
		pairs: { type: 'string', default: '3' },
		'per-client': { type: 'string', default: '250' },
		with: { type: 'string', multiple: true, default: [] },
		'no-lighthouse': { type: 'boolean', default: false },
		'no-parallel': { type: 'boolean', default: false },
		out: { type: 'string', default: join(engineRoot, 'BENCHMARKS.md') },
	},
});
const sizes = values.documents.split(',').map(Number);
const pairs = Math.max(1, Number(values.pairs));
const withDocusaurus = values.with.includes('docusaurus');
const perClient = Number(values['per-client']);
const chromium = findChromium();
const SLUG = 'synthetic';

const seconds = (n: number) => `${n.toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 2 : 1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}×` : '—');
const log = (line: string) => console.log(line);

interface Tool {
	name: string;
	/** Removes every cache and output, for a cold build. */
	clean: () => Promise<void>;
	build: () => Promise<RunFigures>;
	/** The built site's folder. */
	site: string;
}

async function removeAll(paths: readonly string[]): Promise<void> {
	await Promise.all(paths.map((path) => rm(path, { recursive: true, force: true })));
}

function cairnTool(root: string, slug = SLUG): Tool {
	const stage = join(engineRoot, '.cairn', 'stage', `${slug}-team${stageSuffix(engineRoot, root)}`);
	return {
		name: 'Cairn',
		// Cold: no staging folder (Astro's caches), no compiled documents or drawn diagrams, no earlier site.
		clean: () => removeAll([stage, join(engineRoot, '.cairn', 'cache'), join(root, 'dist')]),
		build: () => measureRun(process.execPath, [cli, '--root', root, 'build', '--client', slug], { cwd: root }),
		site: join(root, 'dist', slug, 'team'),
	};
}

function starlightTool(root: string): Tool {
	const [command, args] = starlightBuild(root);
	return {
		name: 'Starlight',
		clean: () =>
			removeAll(['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'].map((path) => join(root, path))),
		build: () => measureRun(command, args, { cwd: root, env: { ASTRO_TELEMETRY_DISABLED: '1' } }),
		site: join(root, 'dist'),
	};
}

function docusaurusTool(root: string): Tool {
	const [command, args] = docusaurusBuild(root);
	return {
		name: 'Docusaurus',
		clean: () => removeAll(['build', '.docusaurus', 'node_modules/.cache'].map((path) => join(root, path))),
		build: () => measureRun(command, args, { cwd: root, env: { DOCUSAURUS_TELEMETRY_DISABLED: '1' } }),
		site: join(root, 'build'),
	};
}

async function cold(tool: Tool): Promise<RunFigures> {
	await tool.clean();
	const figures = await tool.build();
	log(`  ${tool.name}: ${seconds(figures.wall)} wall, ${seconds(figures.cpu)} CPU, ${mb(figures.peak)} peak`);
	return figures;
}

interface SizeResult {
	documents: number;
	diagrams: number;
	runs: Record<string, RunFigures[]>;
	sites: Record<string, SiteFigures>;
	scripts: Record<string, [PageScripts, PageScripts] | undefined>;
	check: number[];
	rebuild: { cairn: RunFigures[]; starlight: RunFigures[] };
}

async function benchSize(documents: number): Promise<SizeResult> {
	const root = await mkdtemp(join(tmpdir(), `cairn-bench-${documents}-`));
	try {
		const cairnRoot = join(root, 'cairn');
		const paths = await writeSyntheticClient(cairnRoot, SLUG, documents);
		const clientDir = join(cairnRoot, 'content', SLUG);
		let diagrams = 0;
		for (const path of paths) if ((await readFile(join(clientDir, path), 'utf8')).includes('```mermaid')) diagrams++;
		const starlightRoot = join(root, 'starlight');
		await writeStarlightCopy(clientDir, starlightRoot, engineRoot);
		const tools = [cairnTool(cairnRoot), starlightTool(starlightRoot)];
		if (withDocusaurus) {
			const docusaurusRoot = join(root, 'docusaurus');
			log('Installing Docusaurus 3 into the temporary folder…');
			await writeDocusaurusCopy(clientDir, docusaurusRoot);
			tools.push(docusaurusTool(docusaurusRoot));
		}
		log(`\n${documents} documents (${diagrams} with a diagram) in ${root}`);
		log('Warming up (file cache, not counted)…');
		for (const tool of tools) await cold(tool);
		const runs: Record<string, RunFigures[]> = Object.fromEntries(tools.map((tool) => [tool.name, []]));
		for (let pair = 0; pair < pairs; pair++) {
			log(`Pair ${pair + 1} of ${pairs}:`);
			// Alternating who goes first, so neither always builds on a machine the other just warmed.
			const order = pair % 2 === 0 ? tools : [...tools].reverse();
			for (const tool of order) runs[tool.name]?.push(await cold(tool));
		}
		const sites: Record<string, SiteFigures> = {};
		const scripts: SizeResult['scripts'] = {};
		// A page without a diagram (ADR 1) and one with (ADR 20: every twentieth page has one).
		const pages = ['/adr/0001-decision-1/', '/adr/0020-decision-20/'];
		for (const tool of tools) {
			sites[tool.name] = await siteFigures(tool.site);
			const measured = chromium ? await pageScripts(tool.site, pages, chromium) : undefined;
			const [without, withDiagram] = measured ?? [];
			scripts[tool.name] = without && withDiagram ? [without, withDiagram] : undefined;
		}
		const check: number[] = [];
		for (let i = 0; i < 3; i++) {
			const run = await measureRun(process.execPath, [cli, '--root', cairnRoot, 'check', '--client', SLUG], {
				cwd: cairnRoot,
				env: { CAIRN_TODAY: '2026-11-01' },
			});
			check.push(run.wall);
		}
		log(`  cairn check: ${check.map(seconds).join(', ')}`);
		// Rebuild after editing one document: Cairn keeps its caches between builds; a cold build
		// first, then the edit, then the measured build.
		const rebuild = { cairn: [] as RunFigures[], starlight: [] as RunFigures[] };
		const edited = join(clientDir, 'guides', 'page-1.mdx');
		const starlightEdited = join(starlightRoot, 'src', 'content', 'docs', 'guides', 'page-1.mdx');
		const original = await readFile(edited, 'utf8');
		const originalStarlight = await readFile(starlightEdited, 'utf8');
		const [cairn, starlight] = tools as [Tool, Tool];
		for (let i = 0; i < pairs; i++) {
			await cold(cairn);
			await appendFile(edited, `\nEdited ${i}: one more sentence about the replica.\n`);
			rebuild.cairn.push(await cairn.build());
			await writeFile(edited, original);
			await cold(starlight);
			await appendFile(starlightEdited, `\nEdited ${i}: one more sentence about the replica.\n`);
			rebuild.starlight.push(await starlight.build());
			await writeFile(starlightEdited, originalStarlight);
			log(
				`  rebuild after one edit: Cairn ${seconds(rebuild.cairn.at(-1)?.wall ?? 0)}, Starlight ${seconds(rebuild.starlight.at(-1)?.wall ?? 0)}`,
			);
		}
		for (const tool of tools) await tool.clean();
		return { documents, diagrams, runs, sites, scripts, check, rebuild };
	} finally {
		await rm(root, { recursive: true, force: true });
	}
}

interface ParallelResult {
	serial: number[];
	parallel: number[];
}

async function benchParallel(): Promise<ParallelResult> {
	const root = await mkdtemp(join(tmpdir(), 'cairn-bench-parallel-'));
	const clients = ['north', 'south', 'east', 'west'];
	try {
		for (const name of clients) await writeSyntheticClient(root, name, perClient);
		log(`\nFour clients of ${perClient} documents in ${root}`);
		const clean = () =>
			removeAll([
				join(root, 'dist'),
				join(engineRoot, '.cairn', 'cache'),
				...clients.map((name) => join(engineRoot, '.cairn', 'stage', `${name}-team${stageSuffix(engineRoot, root)}`)),
			]);
		const build = async (jobs: string) => {
			await clean();
			const figures = await measureRun(process.execPath, [cli, '--root', root, 'build', '--jobs', jobs], { cwd: root });
			log(`  --jobs ${jobs}: ${seconds(figures.wall)}`);
			return figures.wall;
		};
		await build('1'); // warm-up, not counted
		const result: ParallelResult = { serial: [], parallel: [] };
		for (let i = 0; i < Math.max(2, pairs - 1); i++) {
			result.serial.push(await build('1'));
			result.parallel.push(await build(String(availableParallelism())));
		}
		await clean();
		return result;
	} finally {
		await rm(root, { recursive: true, force: true });
	}
}

/** Lighthouse on the demo's pages with diagrams (and one without), built now. */
async function benchLighthouse(): Promise<LighthouseScore[]> {
	if (!chromium) return [];
	log('\nBuilding the demo client larkspur for Lighthouse…');
	execFileSync(process.execPath, [cli, 'build', '--client', 'larkspur'], { cwd: engineRoot, stdio: 'ignore' });
	const team = join(engineRoot, 'dist', 'larkspur', 'team');
	const investor = join(engineRoot, 'dist', 'larkspur', 'investor');
	return lighthouseScores(chromium, [
		{ site: team, path: '/architecture/overview/', name: 'architecture page (team)' },
		{ site: investor, path: '/', name: 'diligence page (investor)' },
		{ site: team, path: '/roadmap/2026-2027/', name: 'roadmap page (team)' },
		{ site: team, path: '/runbooks/device-ingest-late-readings/', name: 'a runbook (team, no diagram)' },
	]);
}

async function versions(): Promise<string> {
	const version = async (name: string) => {
		try {
			const manifest = join(engineRoot, 'node_modules', name, 'package.json');
			return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
		} catch {
			return '?';
		}
	};
	const names = ['astro', '@astrojs/starlight', 'pagefind', 'mermaid'];
	const found = await Promise.all(names.map(async (name) => `${name} ${await version(name)}`));
	let chromiumVersion = 'none';
	if (chromium) {
		try {
			chromiumVersion = execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim();
		} catch {
			chromiumVersion = chromium;
		}
	}
	return `Node ${process.version}, ${found.join(', ')}, ${chromiumVersion}`;
}

function pairTable(result: SizeResult, names: readonly string[]): string[] {
	const [cairn, ...others] = names;
	const lines: string[] = [];
	for (const other of others) {
		const a = result.runs[cairn ?? ''] ?? [];
		const b = result.runs[other] ?? [];
		lines.push(
			`| pair | Cairn wall | ${other} wall | ratio | Cairn CPU | ${other} CPU | ratio | Cairn peak | ${other} peak | ratio |`,
			'|---|---|---|---|---|---|---|---|---|---|',
		);
		const ratios = { wall: [] as number[], cpu: [] as number[], peak: [] as number[] };
		a.forEach((run, i) => {
			const base = b[i];
			if (!base) return;
			ratios.wall.push(run.wall / base.wall);
			ratios.cpu.push(run.cpu / base.cpu);
			ratios.peak.push(run.peak / base.peak);
			lines.push(
				`| ${i + 1} | ${seconds(run.wall)} | ${seconds(base.wall)} | ${ratio(run.wall, base.wall)} | ${seconds(run.cpu)} | ${seconds(base.cpu)} | ${ratio(run.cpu, base.cpu)} | ${mb(run.peak)} | ${mb(base.peak)} | ${ratio(run.peak, base.peak)} |`,
			);
		});
		lines.push(
			`| **median** | ${seconds(median(a.map((r) => r.wall)))} | ${seconds(median(b.map((r) => r.wall)))} | **${median(ratios.wall).toFixed(2)}×** | ${seconds(median(a.map((r) => r.cpu)))} | ${seconds(median(b.map((r) => r.cpu)))} | **${median(ratios.cpu).toFixed(2)}×** | ${mb(median(a.map((r) => r.peak)))} | ${mb(median(b.map((r) => r.peak)))} | **${median(ratios.peak).toFixed(2)}×** |`,
			'',
		);
	}
	return lines;
}

function siteTable(result: SizeResult, names: readonly string[]): string[] {
	const header = `| | ${names.join(' | ')} | ${names
		.slice(1)
		.map((name) => `Cairn ÷ ${name}`)
		.join(' | ')} |`;
	const rows: [string, (name: string) => number | undefined, (n: number) => string][] = [
		['pages', (name) => result.sites[name]?.pages, String],
		['output', (name) => result.sites[name]?.output, mb],
		['median page HTML', (name) => result.sites[name]?.medianHtml, kb],
		['search index', (name) => result.sites[name]?.pagefind, mb],
		['JS, page without a diagram', (name) => result.scripts[name]?.[0].bytes, kb],
		['JS gzip, page without a diagram', (name) => result.scripts[name]?.[0].gzip, kb],
		['JS, page with a diagram', (name) => result.scripts[name]?.[1].bytes, kb],
		['JS gzip, page with a diagram', (name) => result.scripts[name]?.[1].gzip, kb],
	];
	return [
		header,
		`|---|${names.map(() => '---|').join('')}${names
			.slice(1)
			.map(() => '---|')
			.join('')}`,
		...rows.map(([label, get, format]) => {
			const cells = names.map((name) => {
				const value = get(name);
				return value === undefined ? '—' : format(value);
			});
			const cairn = get(names[0] ?? '');
			const ratios = names.slice(1).map((name) => {
				const value = get(name);
				return cairn === undefined || value === undefined ? '—' : ratio(cairn, value);
			});
			return `| ${label} | ${cells.join(' | ')} | ${ratios.join(' | ')} |`;
		}),
		'',
	];
}

const started = new Date();
const results: SizeResult[] = [];
for (const documents of sizes) results.push(await benchSize(documents));
const parallel = values['no-parallel'] ? undefined : await benchParallel();
const lighthouse = values['no-lighthouse'] ? [] : await benchLighthouse();

const names = ['Cairn', 'Starlight', ...(withDocusaurus ? ['Docusaurus'] : [])];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const lines = [
	'# Benchmarks',
	'',
	`Written by \`npm run bench\` on ${started.toISOString().slice(0, 10)}, in ${((Date.now() - started.getTime()) / 60000).toFixed(0)} minutes.`,
	`Machine: ${availableParallelism()} cores (${cpu}), ${(totalmem() / 1024 ** 3).toFixed(1)} GB of memory, ${process.platform} ${process.arch}.`,
	`Versions: ${await versions()}.`,
	'',
	'Synthetic clients (`scripts/bench/synthetic.ts`): about 600 words a page under four headings, a',
	'table, a code block with a language, one page in twenty with a Mermaid diagram, typed frontmatter',
	'with references between decisions. The baseline is the same bodies as a plain Starlight project',
	'(`scripts/bench/starlight-copy.ts`: title-only frontmatter, an autogenerated sidebar per folder;',
	'it shows a Mermaid fence as a code block). Builds are cold: no Astro cache, no compiled documents, no drawn diagrams, no',
	"earlier output. Cairn's build is the whole `cairn build`: check, Astro, diagrams, Pagefind, host",
	'files. CPU is every process of the build, user and system; peak is the largest resident memory',
	'of the whole process tree at once (proportional set sizes). Ratios are Cairn ÷ baseline, pair by pair, then their median.',
	'',
];
for (const result of results) {
	lines.push(`## ${result.documents} documents (${result.diagrams} with a diagram)`, '');
	lines.push(...pairTable(result, names));
	lines.push(...siteTable(result, names));
	const rebuild = median(result.rebuild.cairn.map((r) => r.wall));
	const coldCairn = median((result.runs.Cairn ?? []).map((r) => r.wall));
	const rebuildStarlight = median(result.rebuild.starlight.map((r) => r.wall));
	lines.push(
		`\`cairn check\`: ${result.check.map(seconds).join(', ')} (median ${seconds(median(result.check))}).`,
		'',
		`Rebuild after editing one document: Cairn ${result.rebuild.cairn.map((r) => seconds(r.wall)).join(', ')} (median ${seconds(rebuild)}, ${ratio(rebuild, coldCairn)} of its cold build); Starlight ${result.rebuild.starlight.map((r) => seconds(r.wall)).join(', ')} (median ${seconds(rebuildStarlight)}).`,
		'',
	);
}
if (parallel) {
	const parallelRatio = median(parallel.serial) / median(parallel.parallel);
	lines.push(
		`## Four clients of ${perClient} documents`,
		'',
		`One after another (\`--jobs 1\`): ${parallel.serial.map(seconds).join(', ')}; side by side (\`--jobs ${availableParallelism()}\`): ${parallel.parallel.map(seconds).join(', ')}. Side by side is **${parallelRatio.toFixed(2)}×** as fast (medians). Cold builds.`,
		'',
	);
}
if (lighthouse.length) {
	lines.push(
		'## Lighthouse (mobile, performance)',
		'',
		'The demo client larkspur, built now, served with gzip on 127.0.0.1; Lighthouse with its default mobile settings (simulated slow 4G, 4× CPU slowdown).',
		'',
		'| page | performance | LCP | TBT | CLS | JS requests |',
		'|---|---|---|---|---|---|',
		...lighthouse.map(
			(score) =>
				`| ${score.name} | **${score.performance}** | ${(score.lcp / 1000).toFixed(1)} s | ${Math.round(score.tbt)} ms | ${score.cls.toFixed(3)} | ${score.scripts} |`,
		),
		'',
	);
}
const notes = join(engineRoot, 'scripts', 'bench', 'NOTES.md');
if (existsSync(notes)) lines.push(await readFile(notes, 'utf8'));
await writeFile(values.out, `${lines.join('\n').trimEnd()}\n`);
log(`\nWrote ${values.out}.`);
// Leave no synthetic staging folders behind.
for (const name of await readdir(join(engineRoot, '.cairn', 'stage')).catch(() => [] as string[])) {
	if (/^(synthetic|north|south|east|west)-team-/.test(name))
		await rm(join(engineRoot, '.cairn', 'stage', name), { recursive: true, force: true });
}
