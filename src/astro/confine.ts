// The build's own guard against publishing what is not the client's. Every file the build
// resolves on behalf of the client's documents — MDX imports (with `?raw` and `?url` too),
// Markdown images, the logo — must lie, after following links, inside the client's folder, or be
// one of Starlight's components. `cairn check` reports the same first (src/lib/check/safety-rules.ts);
// this holds when the build is run without it. The message names the document and what it asked
// for, never anything of the file it points at.
import { realpathSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { isAbsolute, relative } from 'node:path';
import type { Plugin } from 'vite';
import { isInsideFolder } from '../lib/paths.ts';

export interface Confinement {
	/** The client folder. */
	clientDir: string;
	/** The folder holding content/, to name files in messages. */
	projectRoot: string;
	/** Cairn's src/ folder, whose components the pages import. */
	engineSrc: string;
}

const REFUSED = '\0cairn-refused:';

/** A module id as a file path: without Vite's `\0` prefix and without a query. */
function filePart(id: string): string {
	return id.replace(/^\0/, '').replace(/[?#].*$/, '');
}

function realpath(path: string): string | undefined {
	try {
		return realpathSync(path);
	} catch {
		return undefined;
	}
}

/** Where code the build needs may come from: installed packages and Cairn's own source. */
function isEngineCode(path: string, engineSrc: string): boolean {
	return path.split(/[\\/]/).includes('node_modules') || isInsideFolder(engineSrc, path);
}

export function confineToClient(options: Confinement): Plugin {
	const clientDir = realpath(options.clientDir) ?? options.clientDir;
	const inClient = (path: string) => isInsideFolder(options.clientDir, path) || isInsideFolder(clientDir, path);
	const shown = (path: string) => relative(options.projectRoot, path).split('\\').join('/');
	// A refusal resolves to a module whose loading fails with the reason: an error thrown while
	// resolving loses its message when another plugin (Astro's images) did the resolving.
	const refuse = (importer: string, specifier: string, why: string) => ({
		id: `${REFUSED}${encodeURIComponent(
			`${shown(importer)} imports ${specifier}, ${why}. A client's site publishes only files inside its own folder; run npx cairn check for the line.`,
		)}`,
	});
	return {
		name: 'cairn-confine',
		enforce: 'pre',
		async resolveId(source, importer, resolveOptions) {
			if (!importer) return null;
			const from = filePart(importer);
			// Astro imports a Markdown file's images from a generated module, naming the file in the query.
			const image = /[?&]astroContentImageFlag/.test(source);
			if (!image && !(isAbsolute(from) && inClient(from))) return null;
			const document = image ? decodeURIComponent(/[?&]importer=([^&]+)/.exec(source)?.[1] ?? from) : from;
			const asked = source.replace(/\?.*$/, '');
			if (asked.startsWith('node:') || builtinModules.includes(asked)) {
				return refuse(document, asked, 'a module that reads the machine the site is built on');
			}
			const resolved = await this.resolve(source, importer, { ...resolveOptions, skipSelf: true });
			if (!resolved || resolved.external) return resolved;
			const file = filePart(resolved.id);
			if (!isAbsolute(file)) return resolved;
			const real = realpath(file) ?? file;
			// Files as text or addresses (?raw, ?url), and images, are published: only the client's own.
			const published = image || /[?&](raw|url|inline)\b/.test(source);
			if (inClient(real) || (!published && isEngineCode(real, options.engineSrc))) return resolved;
			return refuse(document, asked, 'which is outside the client folder');
		},
		load(id) {
			if (id.startsWith(REFUSED)) throw new Error(decodeURIComponent(id.slice(REFUSED.length).replace(/\?.*$/, '')));
			return null;
		},
	};
}
