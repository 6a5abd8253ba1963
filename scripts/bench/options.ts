// What every benchmark takes from its command line (`-- --documents 1000 --runs 5`) and how it
// sums up repeated runs.
import { parseArgs } from 'node:util';

/** The size of the synthetic client and the number of timed runs. */
export function benchOptions(defaults = { documents: 1000, runs: 5 }): { count: number; runs: number } {
	const { values } = parseArgs({
		options: {
			documents: { type: 'string', default: String(defaults.documents) },
			runs: { type: 'string', default: String(defaults.runs) },
		},
	});
	return { count: Number(values.documents), runs: Number(values.runs) };
}

/** The middle sample: one slow run (a busy machine) does not move it. */
export function median(samples: readonly number[]): number {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
