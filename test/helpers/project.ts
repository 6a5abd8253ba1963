// Temporary copies of fixture projects, so builds write into a scratch folder, never the repo.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageSuffix } from '../../src/cli/astro-run.ts';
import { engineRoot, fixturesDir } from './paths.ts';

export interface TempProject {
	root: string;
	remove: () => Promise<void>;
}

export async function tempProject(fixture?: string): Promise<TempProject> {
	const root = await mkdtemp(join(tmpdir(), 'cairn-test-'));
	if (fixture) await cp(join(fixturesDir, fixture), root, { recursive: true });
	return {
		root,
		remove: () => Promise.all([rm(root, { recursive: true, force: true }), removeStages(root)]).then(() => undefined),
	};
}

/** Removes the staging folders the builds of a temporary project left in the Cairn installation. */
async function removeStages(root: string): Promise<void> {
	const stages = join(engineRoot, '.cairn', 'stage');
	if (!existsSync(stages)) return;
	const suffix = stageSuffix(engineRoot, root);
	const names = (await readdir(stages)).filter((name) => name.endsWith(suffix));
	await Promise.all(names.map((name) => rm(join(stages, name), { recursive: true, force: true })));
}
