// Splits an MD/MDX file into its YAML frontmatter and its body, keeping line numbers, with the
// same rule Astro applies: the file opens (after blank lines) with `---` and the block ends at
// the next line that is `---`.

export type FrontmatterSplit =
	| {
			ok: true;
			/** The YAML text between the delimiters. */
			yaml: string;
			/** The file line the YAML starts on (1-based). */
			yamlLine: number;
			/** Everything after the closing delimiter. */
			body: string;
			/** The file line the body starts on (1-based). */
			bodyLine: number;
	  }
	| { ok: false; reason: 'NoFrontmatter' | 'UnclosedFrontmatter'; line: number };

export function splitFrontmatter(source: string): FrontmatterSplit {
	const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
	let open = 0;
	while (open < lines.length && lines[open]?.trim() === '') open++;
	if (lines[open]?.trimEnd() !== '---') return { ok: false, reason: 'NoFrontmatter', line: 1 };
	for (let close = open + 1; close < lines.length; close++) {
		if (lines[close]?.trimEnd() === '---') {
			return {
				ok: true,
				yaml: lines.slice(open + 1, close).join('\n'),
				yamlLine: open + 2,
				body: lines.slice(close + 1).join('\n'),
				bodyLine: close + 2,
			};
		}
	}
	return { ok: false, reason: 'UnclosedFrontmatter', line: open + 1 };
}

/**
 * Where the YAML between the delimiters lies in `source`, as offsets, so it can be replaced while
 * every other byte of the file (body, line endings) stays as it was.
 */
export function frontmatterRange(source: string): { start: number; end: number } | undefined {
	const lineEnd = /\r?\n/g;
	let offset = 0;
	let start: number | undefined;
	for (;;) {
		const match = lineEnd.exec(source);
		const end = match ? match.index : source.length;
		const line = source.slice(offset, end).replace(/^\uFEFF/, '');
		if (start === undefined) {
			if (line.trimEnd() === '---') start = match ? lineEnd.lastIndex : source.length;
			else if (line.trim() !== '') return undefined;
		} else if (line.trimEnd() === '---') {
			return { start, end: offset };
		}
		if (!match) return undefined;
		offset = lineEnd.lastIndex;
	}
}
