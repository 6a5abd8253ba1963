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
	const range = frontmatterRange(source);
	if (!range) {
		const opened = /^\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*(?:\r?\n|$)/.exec(source);
		return opened
			? { ok: false, reason: 'UnclosedFrontmatter', line: lineAt(source, opened[0].trimEnd().length) }
			: { ok: false, reason: 'NoFrontmatter', line: 1 };
	}
	const yamlLine = lineAt(source, range.start);
	const closing = /---[ \t]*(?:\r?\n|$)/.exec(source.slice(range.end));
	const bodyStart = range.end + (closing?.[0].length ?? 0);
	return {
		ok: true,
		yaml: source
			.slice(range.start, range.end)
			.replace(/\r?\n$/, '')
			.replace(/\r\n/g, '\n'),
		yamlLine,
		body: source.slice(bodyStart),
		bodyLine: lineAt(source, bodyStart),
	};
}

/** The 1-based line of an offset. */
function lineAt(source: string, offset: number): number {
	let line = 1;
	for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
	return line;
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
