// Every kind in the registry is whole: a template `cairn new` can start from that is valid as it
// is, and a folder of its own. (The typed tables are checked by `npm run lint`.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentSource } from '../../src/lib/document-source.ts';
import { kinds } from '../../src/schemas/document.ts';
import { engineRoot } from '../helpers/paths.ts';

describe('the kind registry', () => {
	it.each(kinds.map((kind) => [kind.name, kind] as const))('%s has a template that is valid as it is', (name, kind) => {
		const text = readFileSync(join(engineRoot, 'templates', `${name}.mdx`), 'utf8');
		const source = readDocumentSource(`templates/${name}.mdx`, text);
		expect(source.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(source.data?.kind).toBe(kind.name);
	});

	it('gives every kind its own folder and label', () => {
		expect(new Set(kinds.map((kind) => kind.folder)).size).toBe(kinds.length);
		expect(new Set(kinds.map((kind) => kind.label)).size).toBe(kinds.length);
	});
});
