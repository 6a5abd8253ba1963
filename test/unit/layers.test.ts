// The layers point one way: src/core stands on nothing of Cairn's, src/schemas only on src/core.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineRoot } from '../helpers/paths.ts';

/** `from` → every file of Cairn's `src/` it imports, project-relative. */
function imports(folder: string): [string, string][] {
	const dir = join(engineRoot, folder);
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.ts'))
		.flatMap((file) => {
			const path = join(dir, file);
			const text = readFileSync(path, 'utf8');
			return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m): [string, string] => [
				relative(engineRoot, path),
				relative(engineRoot, resolve(dirname(path), m[1] ?? '')),
			]);
		});
}

describe('layers', () => {
	it('src/core imports nothing from the rest of src', () => {
		expect(imports('src/core').filter(([, to]) => !to.startsWith('src/core/'))).toEqual([]);
	});

	it('src/schemas imports only src/core and itself', () => {
		expect(
			imports('src/schemas').filter(([, to]) => !to.startsWith('src/core/') && !to.startsWith('src/schemas/')),
		).toEqual([]);
	});
});
