// "Did you mean" suggestions for misspelt names.

/** Edit distance counting a swap of two neighbouring letters as one edit ("alpah" → "alpha"). */
function editDistance(a: string, b: string): number {
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
			}
			current[j] = best;
		}
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/**
 * Words people use for Cairn's status values. Tools such as log4brains and MADR templates use
 * some of them, and people write what they would say.
 */
const SYNONYMS: Record<string, string> = {
	approved: 'accepted',
	agreed: 'accepted',
	decided: 'accepted',
	adopted: 'accepted',
	draft: 'proposed',
	open: 'proposed',
	pending: 'proposed',
	declined: 'rejected',
	obsolete: 'deprecated',
	replaced: 'superseded',
	'in progress': 'in-progress',
	ongoing: 'in-progress',
	started: 'in-progress',
	complete: 'done',
	completed: 'done',
	finished: 'done',
	cancelled: 'dropped',
	canceled: 'dropped',
	todo: 'planned',
};

function closest(needle: string, candidates: Iterable<string>): { candidate: string; distance: number } | undefined {
	let best: { candidate: string; distance: number } | undefined;
	for (const candidate of candidates) {
		const distance = editDistance(needle, candidate.toLowerCase());
		if (!best || distance < best.distance) best = { candidate, distance };
	}
	return best;
}

function isTypo(input: string, match: { candidate: string; distance: number }): boolean {
	// Between names of one or two letters, any other name is one edit away: no suggestion.
	if (Math.max(input.length, match.candidate.length) < 3) return match.distance === 0;
	return match.distance <= Math.max(1, Math.floor(Math.max(input.length, match.candidate.length) / 3));
}

/**
 * The candidate closest to `input`, when it is close enough to be a likely typo: at most a third
 * of the letters differ (case is ignored). `undefined` otherwise.
 */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
	const needle = input.toLowerCase();
	const list = [...candidates];
	const best = closest(needle, list);
	if (best && isTypo(needle, best)) return best.candidate === input ? undefined : best.candidate;
	const synonym = closest(needle, Object.keys(SYNONYMS));
	const target = synonym && isTypo(needle, synonym) ? SYNONYMS[synonym.candidate] : undefined;
	return target && list.includes(target) ? target : undefined;
}
