// The ADR import on the fixtures of test/fixtures/import/: source files and whole plans, with a
// project that exists only in the plan (nothing is written).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceFile, SourceFolder } from '../../src/lib/import/model.ts';
import type { Note } from '../../src/lib/import/notes.ts';
import { planImport, type ImportPlan, type ImportRequest } from '../../src/lib/import/plan.ts';
import { readSourceDoc, type SourceDoc } from '../../src/lib/import/source-doc.ts';
import { readSourceFolders } from '../../src/lib/import/source-fs.ts';

export const importFixtures = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

/** A fixture file, e.g. `adr-tools/0002-use-a-queue.md`, as the import reads it. */
export function fixtureDoc(path: string): SourceDoc {
	const file: SourceFile = {
		folder: path.slice(0, path.lastIndexOf('/')),
		path: path.slice(path.lastIndexOf('/') + 1),
		absolutePath: `${importFixtures}${path}`,
		text: readFileSync(`${importFixtures}${path}`, 'utf8'),
	};
	return readSourceDoc(file);
}

/** A document made of text, as if read from `/src/adr/<path>`. */
export function textDoc(text: string, path = '0001-example.md'): SourceDoc {
	return readSourceDoc({ folder: '/src/adr', path, absolutePath: `/src/adr/${path}`, text });
}

export function fixtureFolders(...names: string[]): Promise<SourceFolder[]> {
	return readSourceFolders(importFixtures, names);
}

/** Plans an import of fixture folders into client `acme` of a project at /project. */
export async function planFixtures(names: string[], request: Partial<ImportRequest> = {}): Promise<ImportPlan> {
	return planImport({
		projectRoot: '/project',
		client: 'acme',
		base: '/',
		existing: [],
		folders: await fixtureFolders(...names),
		format: 'auto',
		exists: (path) => !path.startsWith('/project/') && existsSync(path),
		...request,
	});
}

export const messages = (notes: readonly Note[]) => notes.map((n) => n.message);

/** The entry of a plan for a source path ending with `suffix`. */
export function entryFor(plan: ImportPlan, suffix: string) {
	const entry = plan.entries.find((e) => e.source.endsWith(suffix));
	if (!entry) throw new Error(`no entry for ${suffix}`);
	return entry;
}

/** The text a plan writes for a source path ending with `suffix`. */
export function writtenText(plan: ImportPlan, suffix: string): string {
	const entry = entryFor(plan, suffix);
	if (entry.kind !== 'write') throw new Error(`${suffix} is not written: ${entry.kind}`);
	return entry.text;
}
