// Benchmark: four clients of 250 documents each, built one site after another (--jobs 1) and side
// by side (the default: one site per core), alternating, in the same run; and the ceiling the
// cores allow, from how many cores one site's build keeps busy by itself. Usage:
// npm run bench:parallel [-- --documents 250 --runs 2]
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchOptions, median } from './options.ts';
import { writeSyntheticClient } from './synthetic.ts';

const engineRoot = fileURLToPath(new URL('../..', import.meta.url));
const { count: perClient, runs } = benchOptions({ documents: 250, runs: 2 });

const root = await mkdtemp(join(tmpdir(), 'cairn-bench-parallel-'));
try {
	for (const name of ['north', 'south', 'east', 'west']) await writeSyntheticClient(root, name, perClient);
	console.log(`Four synthetic clients of ${perClient} documents in ${root}; ${availableParallelism()} cores.`);
	const cli = join(engineRoot, 'scripts', 'cairn.mjs');
	// The machine's busy CPU time, all cores together, in seconds.
	const busy = () =>
		cpus().reduce((sum, cpu) => sum + (cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq), 0) / 1000;
	const build = (jobs: string[]) => {
		const started = performance.now();
		const result = spawnSync(process.execPath, [cli, '--root', root, 'build', ...jobs], { encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`cairn build failed:\n${result.stderr}`);
		return (performance.now() - started) / 1000;
	};
	build(['--jobs', '1']); // warm the file cache and Astro's own caches alike for both
	// How many cores one site's build keeps busy on its own: Astro, Vite and Pagefind use threads,
	// so side by side cannot beat cores ÷ that, whatever the scheduling.
	const before = busy();
	const oneSite = build(['--jobs', '1', '--client', 'north']);
	const coresOfOne = (busy() - before) / oneSite;
	const ceiling = availableParallelism() / Math.max(1, coresOfOne);
	const serial: number[] = [];
	const parallel: number[] = [];
	for (let i = 0; i < runs; i++) {
		serial.push(build(['--jobs', '1']));
		parallel.push(build([]));
	}
	const ratio = median(serial) / median(parallel);
	console.log(`one after another: ${serial.map((s) => s.toFixed(1)).join(', ')} s`);
	console.log(
		`side by side:      ${parallel.map((s) => s.toFixed(1)).join(', ')} s (load average ${loadavg()[0]?.toFixed(1) ?? '?'})`,
	);
	console.log(
		`One site's build keeps ${coresOfOne.toFixed(2)} cores busy, so side by side can be at most ${ceiling.toFixed(2)}x as fast on ${availableParallelism()} cores.`,
	);
	console.log(
		`Side by side is ${ratio.toFixed(2)}x as fast as one after another: ${((ratio / ceiling) * 100).toFixed(0)}% of that ceiling.`,
	);
} finally {
	await rm(root, { recursive: true, force: true });
}
