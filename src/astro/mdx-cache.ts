// Compiled MDX kept between builds. Compiling a document (MDX, then Shiki highlighting its code
// blocks) is the largest share of Vite's bundle; a rebuild after editing one document compiles that
// one and reads the rest from `.cairn/cache/mdx/<site>~<fingerprint>/`. The fingerprint
// (src/lib/build/compile-cache-fs.ts) covers everything else a compiled module depends on, so any
// change of code, packages or site settings compiles everything again, and the site's folders of
// other fingerprints are removed. Builds only: `cairn dev` compiles as Astro does.
import { readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import { pruneUnused, readCached, writeCached } from '../lib/cache-fs.ts';
import { compiledFile } from '../lib/build/compile-cache-fs.ts';

/** The name @astrojs/mdx gives its Vite plugin: the one that compiles `.mdx` files. */
const MDX_PLUGIN = '@mdx-js/rolldown';

export interface MdxCacheOptions {
	cacheDir: string;
	/** One site of one client of one project: the name of its staging folder. */
	site: string;
	fingerprint: string;
}

/** Removes the site's compiled documents of other fingerprints, and what no site used for a month. */
function sweep({ cacheDir, site, fingerprint }: MdxCacheOptions): void {
	let folders: string[] = [];
	try {
		folders = readdirSync(cacheDir);
	} catch {
		return;
	}
	for (const folder of folders) {
		if (folder.startsWith(`${site}~`) && folder !== `${site}~${fingerprint}`) {
			rmSync(join(cacheDir, folder), { recursive: true, force: true });
		}
	}
	pruneUnused(cacheDir);
}

type Transform = (this: unknown, code: string, id: string, ...rest: unknown[]) => unknown;

/** What the compiler returns, as far as a cache keeps it. */
interface Compiled {
	code: string;
	map: unknown;
	meta?: unknown;
}

const isCompiled = (value: unknown): value is Compiled =>
	typeof value === 'object' && value !== null && typeof (value as Compiled).code === 'string';

export function mdxCache(options: MdxCacheOptions): Plugin {
	const folder = join(options.cacheDir, `${options.site}~${options.fingerprint}`);
	/** The entries there are, listed once: a cold build then tries no read that must fail. */
	let kept = new Set<string>();
	/** Entries being written, off the main thread; the build waits for them at its end. */
	const writing: Promise<void>[] = [];
	let swept = false;
	return {
		name: 'cairn-mdx-cache',
		apply: 'build',
		configResolved(resolved) {
			const mdx = resolved.plugins.find((plugin) => plugin.name === MDX_PLUGIN);
			const hook = mdx?.transform as { handler: Transform } | Transform | undefined;
			// Another version of @astrojs/mdx: build without the cache rather than guess.
			if (!hook) return;
			const compile = typeof hook === 'function' ? hook : hook.handler;
			const cached: Transform = async function (this: unknown, code, id, ...rest) {
				if (!id.endsWith('.mdx')) return compile.call(this, code, id, ...rest);
				const file = compiledFile(folder, id, code);
				const entry = kept.has(basename(file)) ? readCached(file) : undefined;
				if (isCompiled(entry)) return entry;
				const result = await compile.call(this, code, id, ...rest);
				if (isCompiled(result)) {
					writing.push(writeCached(file, { code: result.code, map: result.map ?? null, meta: result.meta }));
				}
				return result;
			};
			if (typeof hook === 'function') (mdx as { transform: Transform }).transform = cached;
			else hook.handler = cached;
		},
		buildStart() {
			// Astro runs Vite more than once per build: the sweep is needed once.
			if (!swept) sweep(options);
			swept = true;
			try {
				kept = new Set(readdirSync(folder));
			} catch {
				kept = new Set();
			}
		},
		async buildEnd() {
			await Promise.all(writing.splice(0));
		},
	};
}
