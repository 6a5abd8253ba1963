// The inline scripts a Cairn site may carry, known before the build from the source of the
// components that write them: the `<script is:inline>` elements of Starlight's and Cairn's .astro
// files, read with Astro's own compiler. The Content Security Policy allows these by hash and
// nothing else; an inline script in a built page that is not among them came from the content.
// (Scripts Astro bundles are never inlined: see `assetsInlineLimit` in src/astro/config.ts.)
import { parse } from '@astrojs/compiler-rs';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { scriptHash } from './headers.ts';

/** The folder of an installed package: the nearest folder above its entry point whose package.json names it. */
function packageRoot(name: string): string | undefined {
	let dir = dirname(fileURLToPath(import.meta.resolve(name)));
	for (; dir !== dirname(dir); dir = dirname(dir)) {
		const manifest = join(dir, 'package.json');
		if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) {
			return dir;
		}
	}
	return undefined;
}

interface AstroNode {
	type?: string;
	start?: number;
	end?: number;
	openingElement?: { end: number; name: { name?: string }; attributes: { name?: { name?: string } }[] };
	closingElement?: { start: number } | null;
}

function walk(node: unknown, visit: (node: AstroNode) => void): void {
	if (!node || typeof node !== 'object') return;
	visit(node);
	for (const value of Object.values(node)) {
		if (Array.isArray(value)) for (const child of value) walk(child, visit);
		else if (value && typeof value === 'object') walk(value, visit);
	}
}

/** The bodies of the `<script is:inline>` elements of one .astro file (without `define:vars`, whose body varies). */
export function inlineScriptsOfComponent(source: string): string[] {
	const scripts: string[] = [];
	walk(parse(source).ast, (node) => {
		const open = node.openingElement;
		if (node.type !== 'JSXElement' || open?.name.name !== 'script' || !node.closingElement) return;
		const names = open.attributes.map((attribute) => attribute.name?.name);
		if (names.includes('is:inline') && !names.includes('define:vars')) {
			scripts.push(source.slice(open.end, node.closingElement.start));
		}
	});
	return scripts;
}

/**
 * The `sha256-…` hash of every inline script the components of a Cairn site can write, with the
 * component it comes from (relative to `engineRoot`, or the package's name).
 */
export async function knownInlineScripts(engineRoot: string): Promise<Map<string, string>> {
	const folders = [
		{ dir: join(engineRoot, 'src'), label: (file: string) => relative(engineRoot, file) },
		...['@astrojs/starlight', 'astro-mermaid'].flatMap((name) => {
			const dir = packageRoot(name);
			return dir ? [{ dir, label: (file: string) => `${name}/${relative(dir, file)}` }] : [];
		}),
	];
	const known = new Map<string, string>();
	for (const { dir, label } of folders) {
		const files = await glob('**/*.astro', { cwd: dir, absolute: true, ignore: ['**/node_modules/**'] });
		const sources = await Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })));
		for (const { file, text } of sources) {
			for (const script of inlineScriptsOfComponent(text)) known.set(scriptHash(script), label(file));
		}
	}
	return known;
}
