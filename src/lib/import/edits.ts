// Surgical edits of a source text at the parser's offsets: everything outside them stays byte for
// byte. Removals win over edits inside them (an escape inside a dropped heading is not needed).
import type { Range } from './model.ts';

export interface Edit extends Range {
	/** The replacement; an insertion has `start === end`. */
	text: string;
}

/** Whether `offset` lies inside one of `ranges`. */
export function insideAny(ranges: readonly Range[], offset: number): boolean {
	return ranges.some((range) => range.start <= offset && offset < range.end);
}

function mergeRanges(ranges: readonly Range[]): Range[] {
	const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
	const merged: Range[] = [];
	for (const range of sorted) {
		const last = merged.at(-1);
		if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
		else merged.push({ ...range });
	}
	return merged;
}

/** Applies the removals and the edits; overlapping edits are a bug in the caller. */
export function applyEdits(text: string, edits: readonly Edit[], removals: readonly Range[] = []): string {
	const removed = mergeRanges(removals);
	const kept = edits.filter(
		(edit) => !insideAny(removed, edit.start) && !insideAny(removed, Math.max(edit.start, edit.end - 1)),
	);
	const all = [...kept, ...removed.map((range) => ({ ...range, text: '' }))].sort(
		(a, b) => a.start - b.start || a.end - b.end,
	);
	let out = '';
	let at = 0;
	for (const edit of all) {
		if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
		out += text.slice(at, edit.start) + edit.text;
		at = edit.end;
	}
	return out + text.slice(at);
}
