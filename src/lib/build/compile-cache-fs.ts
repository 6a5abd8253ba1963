// What a compiled MDX module depends on besides its own text, as one hash: Cairn's own code, the
// installed packages, and the settings of the site that change how Markdown compiles. A build whose
// fingerprint differs from the last one's compiles every document again, so a changed schema,
// component, plugin, package or base path never reuses a stale module.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { installRoot } from '../install.ts';

/** Packages whose versions change compiled Markdown, hashed even when there is no lockfile to read. */
const COMPILERS = [
	'astro',
	'@astrojs/mdx',
	'@astrojs/markdown-satteri',
	'satteri',
	'@astrojs/starlight',
	'astro-expressive-code',
	'shiki',
];

function addFolder(hash: ReturnType<typeof createHash>, dir: string): void {
	for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) addFolder(hash, path);
		else if (entry.isFile()) hash.update(`${path}\0`).update(readFileSync(path)).update('\0');
	}
}

/**
 * The fingerprint of everything a site's MDX modules are compiled with. `settings` is what of the
 * site's configuration reaches Markdown: its base path, the documents whose links are dropped, how
 * diagrams are drawn, the client's configuration.
 */
export function compileFingerprint(engineRoot: string, settings: unknown): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify([process.version, settings]));
	addFolder(hash, join(engineRoot, 'src'));
	for (const file of [join(engineRoot, 'astro.config.mjs'), join(engineRoot, 'package.json')]) {
		if (existsSync(file)) hash.update(readFileSync(file));
	}
	// npm's record of what is installed (node_modules/.package-lock.json), else the lockfile.
	const root = installRoot(engineRoot);
	const installed = [join(root, 'node_modules', '.package-lock.json'), join(root, 'package-lock.json')].find(
		existsSync,
	);
	if (installed) hash.update(readFileSync(installed));
	const require = createRequire(join(engineRoot, 'package.json'));
	for (const name of COMPILERS) {
		try {
			hash.update(
				`${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`,
			);
		} catch {
			hash.update(`${name}@?`);
		}
	}
	return hash.digest('hex').slice(0, 16);
}

/** The file of a module's compiled form in `folder`: by its path and text. */
export function compiledFile(folder: string, id: string, code: string): string {
	const key = createHash('sha256').update(id).update('\0').update(code).digest('hex').slice(0, 32);
	return join(folder, `${key}.json`);
}
