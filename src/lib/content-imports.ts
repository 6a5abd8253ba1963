// What a document may import: files of its own client folder (with Vite's `?raw`/`?url` suffixes
// too) and Starlight's components. Anything else — another client's files, a system file, a
// Node module that reads the disk — could publish what is not the client's. `cairn check` and the
// build's resolver (src/astro/confine.ts) both decide with this one function.
import { posix } from 'node:path';

/** Packages a document may import from, besides files of its own client folder. */
export const ALLOWED_PACKAGES: readonly string[] = ['@astrojs/starlight/components'];

export type ImportVerdict =
	/** A file of the client, by its path inside the client folder (query removed). */
	| { kind: 'file'; path: string }
	| { kind: 'package' }
	/** A path that leaves the client folder, or an absolute one. */
	| { kind: 'outside' }
	/** A package or Node module that is not allowed. */
	| { kind: 'forbidden' }
	/** `import()` of a name computed at build time. */
	| { kind: 'computed' };

/** Judges an import written in the document at `documentPath` (a path inside the client folder). */
export function judgeImport(specifier: string | undefined, documentPath: string): ImportVerdict {
	if (specifier === undefined || specifier.includes('*')) return { kind: 'computed' };
	const bare = specifier.replace(/[?#].*$/, '');
	if (bare.startsWith('./') || bare.startsWith('../')) {
		const path = posix.normalize(posix.join(posix.dirname(documentPath), bare));
		return path.startsWith('../') || path === '..' ? { kind: 'outside' } : { kind: 'file', path };
	}
	if (bare.startsWith('/') || bare.startsWith('\\') || /^[a-z]:[\\/]/i.test(bare) || bare.startsWith('file:')) {
		return { kind: 'outside' };
	}
	return ALLOWED_PACKAGES.includes(bare) ? { kind: 'package' } : { kind: 'forbidden' };
}
