// Benchmark: `cairn check` on a synthetic client of 1,000 documents (the budget is one second on
// a 2-core machine), against Astro's own content sync of the same documents, measured in the same
// run. Usage: npm run bench:check [-- --documents 1000 --runs 5]
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAstro } from '../../src/cli/astro-run.ts';
import { benchOptions, median } from './options.ts';
import { writeSyntheticClient } from './synthetic.ts';

const engineRoot = fileURLToPath(new URL('../..', import.meta.url));
const { count, runs } = benchOptions();

function time(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
	const started = performance.now();
	const result = spawnSync(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
	const elapsed = (performance.now() - started) / 1000;
	if (result.status !== 0 && !args.includes('check'))
		throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.toString()}`);
	return elapsed;
}

const root = await mkdtemp(join(tmpdir(), 'cairn-bench-'));
try {
	const paths = await writeSyntheticClient(root, 'synthetic', count);
	console.log(`Synthetic client: ${paths.length} documents in ${root}`);

	const cli = join(engineRoot, 'scripts', 'cairn.mjs');
	time(process.execPath, [cli, '--root', root, 'check']); // warm the file cache
	const samples = Array.from({ length: runs }, () => time(process.execPath, [cli, '--root', root, 'check']));
	const check = median(samples);
	console.log(
		`cairn check runs: ${samples.map((s) => s.toFixed(2)).join(', ')} s (load average ${loadavg()[0]?.toFixed(1) ?? '?'})`,
	);
	const node = median(Array.from({ length: runs }, () => time(process.execPath, ['-e', '0'])));

	const started = performance.now();
	const sync = await runAstro('sync', {
		engineRoot,
		// Named only: the Astro run reads and validates the client itself, which is what is measured.
		site: { target: { projectRoot: root, client: 'synthetic', audience: 'team' } },
		verbose: false,
		print: () => undefined,
	});
	const astroSync = (performance.now() - started) / 1000;
	if (sync.code !== 0) throw new Error(`astro sync failed:\n${sync.lines.join('\n')}`);

	const rows = [
		['cairn check (whole command, median)', check],
		['astro sync (Astro validating the same content)', astroSync],
		['node -e 0 (Node start-up alone)', node],
	] as const;
	console.log(`\n| measure | seconds | ratio to cairn check |\n|---|---|---|`);
	for (const [label, seconds] of rows)
		console.log(`| ${label} | ${seconds.toFixed(3)} | ${(seconds / check).toFixed(2)} |`);
	const verdict = check < 1 ? 'within' : 'OVER';
	console.log(
		`\ncairn check on ${paths.length} documents: ${check.toFixed(2)} s, ${verdict} the 1 s budget; ${(astroSync / check).toFixed(1)}x faster than astro sync.`,
	);
	if (check >= 1) process.exitCode = 1;
} finally {
	await rm(root, { recursive: true, force: true });
	const { stageSuffix } = await import('../../src/cli/astro-run.ts');
	await rm(join(engineRoot, '.cairn', 'stage', `synthetic-team${stageSuffix(engineRoot, root)}`), {
		recursive: true,
		force: true,
	});
}
