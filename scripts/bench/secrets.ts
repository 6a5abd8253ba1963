// Benchmark: the secret scan on a synthetic client of 1,000 documents, since `cairn check` runs it on every
// document and may spend at most about 0.3 s of its 1 s budget on it. Usage: node scripts/bench/secrets.ts
// [--documents 1000 --runs 5]
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanSecrets } from '../../src/lib/secrets/scan.ts';
import { benchOptions, median } from './options.ts';
import { writeSyntheticClient } from './synthetic.ts';

const BUDGET_SECONDS = 0.3;
const { count, runs } = benchOptions();

/** Wall-clock seconds, and CPU seconds, which other work on a busy machine inflates less. */
async function time(
	files: readonly { file: string; text: string }[],
): Promise<{ seconds: number; cpu: number; findings: number }> {
	const started = performance.now();
	const cpu = process.cpuUsage();
	const findings = await scanSecrets(files);
	const used = process.cpuUsage(cpu);
	return {
		seconds: (performance.now() - started) / 1000,
		cpu: (used.user + used.system) / 1e6,
		findings: findings.length,
	};
}

const root = await mkdtemp(join(tmpdir(), 'cairn-bench-secrets-'));
try {
	const paths = await writeSyntheticClient(root, 'synthetic', count);
	const files = await Promise.all(
		paths.map(async (path) => {
			const file = join('content', 'synthetic', path);
			return { file, text: await readFile(join(root, file), 'utf8') };
		}),
	);
	const characters = files.reduce((sum, { text }) => sum + text.length, 0);
	console.log(`Synthetic client: ${files.length} documents, ${(characters / 1e6).toFixed(1)} M characters`);

	const first = await time(files); // the first run also compiles the rules' regular expressions
	const timings = [];
	for (let run = 0; run < runs; run++) timings.push(await time(files));
	const samples = timings.map((t) => t.seconds);
	const seconds = median(samples);
	console.log(
		`first run ${first.seconds.toFixed(3)} s (${first.cpu.toFixed(3)} s CPU, ${first.findings} findings); then ${samples.map((s) => s.toFixed(3)).join(', ')} s, median CPU ${median(timings.map((t) => t.cpu)).toFixed(3)} s (load average ${loadavg()[0]?.toFixed(1) ?? '?'})`,
	);
	const verdict = seconds <= BUDGET_SECONDS ? 'within' : 'OVER';
	console.log(
		`\nscanSecrets on ${files.length} documents: ${seconds.toFixed(3)} s median of ${runs}, ${((seconds * 1000) / files.length).toFixed(3)} ms a document; ${verdict} the ${BUDGET_SECONDS} s budget.`,
	);
	if (seconds > BUDGET_SECONDS) process.exitCode = 1;
} finally {
	await rm(root, { recursive: true, force: true });
}
