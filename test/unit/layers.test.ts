// The layers point one way: src/core stands on nothing of Cairn's, src/schemas only on src/core,
// and src/lib reads the schemas' code only where it validates.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineRoot } from '../helpers/paths.ts';

/** `from` → every file of Cairn's `src/` it imports, project-relative. */
function imports(folder: string, options: { values?: boolean } = {}): [string, string][] {
	const dir = join(engineRoot, folder);
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.ts'))
		.flatMap((file) => {
			const path = join(dir, file);
			const text = readFileSync(path, 'utf8');
			// `import type …` brings in no code: with `values`, only imports that do are listed.
			const pattern = options.values
				? /^import\s+(?!type\s)[^;]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/gm
				: /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
			return [...text.matchAll(pattern)].map((m): [string, string] => [
				relative(engineRoot, path),
				relative(engineRoot, resolve(dirname(path), m[1] ?? '')),
			]);
		});
}

describe('layers', () => {
	it('src/core imports nothing from the rest of src', () => {
		expect(imports('src/core').filter(([, to]) => !to.startsWith('src/core/'))).toEqual([]);
	});

	it('src/lib imports values from src/schemas only to validate (types it may read anywhere)', () => {
		const valueImports = imports('src/lib', { values: true }).filter(([, to]) => to.startsWith('src/schemas/'));
		expect(valueImports).toEqual([
			['src/lib/client-source.ts', 'src/schemas/client.ts'],
			['src/lib/document-source.ts', 'src/schemas/frontmatter.ts'],
			['src/lib/problems/from-zod.ts', 'src/schemas/common.ts'],
		]);
	});

	it('src/schemas imports only src/core and itself', () => {
		expect(
			imports('src/schemas').filter(([, to]) => !to.startsWith('src/core/') && !to.startsWith('src/schemas/')),
		).toEqual([]);
	});
});
