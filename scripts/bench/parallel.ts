// Benchmark: four clients of 250 documents each, built one site after another (--jobs 1) and side
// by side (the default: one site per core), alternating, in the same run. Usage:
// npm run bench:parallel [-- --documents 250 --runs 2]
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
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
	const build = (jobs: string[]) => {
		const started = performance.now();
		const result = spawnSync(process.execPath, [cli, '--root', root, 'build', ...jobs], { encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`cairn build failed:\n${result.stderr}`);
		return (performance.now() - started) / 1000;
	};
	build(['--jobs', '1']); // warm the file cache and Astro's own caches alike for both
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
	console.log(`Side by side is ${ratio.toFixed(2)}x as fast as one after another (target: 1.6x on 2 cores).`);
} finally {
	await rm(root, { recursive: true, force: true });
}
