// Which imported record a link points to, in every form people write one: relative to the file
// (`0008-x.md`, `./0008-x.md`, `../adr/0008-x.md`), from the repository's root
// (`docs/adr/0008-x.md`, `/docs/adr/0008-x.md`), or as the same file's address on a code host
// (`https://github.com/o/r/blob/main/docs/adr/0008-x.md#status`, any host, any branch). Beyond
// the relative form, a link is matched by its file name, when exactly one imported record has it.
import { posix } from 'node:path';

export interface RecordIndex {
	paths: ReadonlySet<string>;
	/** Absolute path by lowercased file name without extension; `null` when two records share it. */
	byName: ReadonlyMap<string, string | null>;
}

const nameKey = (path: string) =>
	posix
		.basename(path)
		.replace(/\.(?:md|mdx|markdown)$/i, '')
		.toLowerCase();

export function recordIndex(absolutePaths: readonly string[]): RecordIndex {
	const byName = new Map<string, string | null>();
	for (const path of absolutePaths) {
		const key = nameKey(path);
		byName.set(key, byName.has(key) ? null : path);
	}
	return { paths: new Set(absolutePaths), byName };
}

/** A URL's path, decoded, and its `?query#fragment` as written. */
export function splitUrl(url: string): { path: string; suffix: string } {
	const cut = url.search(/[?#]/);
	const path = cut === -1 ? url : url.slice(0, cut);
	let decoded = path;
	try {
		decoded = decodeURI(path);
	} catch {
		// A malformed escape: use the path as written.
	}
	return { path: decoded, suffix: cut === -1 ? '' : url.slice(cut) };
}

/** The absolute source path of the record `url` (written in the file at `from`) points to. */
export function matchRecord(index: RecordIndex, url: string, from: string): string | undefined {
	if (url === '' || url.startsWith('#')) return undefined;
	const external = /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
	if (external && !/^(?:https?:)?\/\//i.test(url)) return undefined;
	const address = external ? url.replace(/^(?:https?:)?\/\/[^/]*/i, '') : url;
	const { path } = splitUrl(address);
	if (!external && !path.startsWith('/')) {
		const relative = posix.resolve(posix.dirname(from), path);
		if (index.paths.has(relative)) return relative;
	}
	// A file name, not a folder or a site's page: `…/0008-x.md` or `…/0008-x`.
	if (path.endsWith('/')) return undefined;
	const key = nameKey(path);
	if (!/\d/.test(key) && !/\.(?:md|mdx|markdown)$/i.test(path)) return undefined;
	return index.byName.get(key) ?? undefined;
}
