// "Did you mean" suggestions for misspelt names.

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * The candidate closest to `input`, when it is close enough to be a likely typo: at most a third
 * of the letters differ (case is ignored). `undefined` otherwise.
 */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
	const needle = input.toLowerCase();
	let best: { candidate: string; distance: number } | undefined;
	for (const candidate of candidates) {
		const distance = editDistance(needle, candidate.toLowerCase());
		if (!best || distance < best.distance) best = { candidate, distance };
	}
	if (!best || best.distance === 0 && best.candidate === input) return undefined;
	return best.distance <= Math.max(1, Math.floor(Math.max(needle.length, best.candidate.length) / 3))
		? best.candidate
		: undefined;
}
