// Temporary copies of fixture projects, so builds write into a scratch folder, never the repo.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturesDir } from './paths.ts';

export interface TempProject {
	root: string;
	remove: () => Promise<void>;
}

export async function tempProject(fixture?: string): Promise<TempProject> {
	const root = await mkdtemp(join(tmpdir(), 'cairn-test-'));
	if (fixture) await cp(join(fixturesDir, fixture), root, { recursive: true });
	return { root, remove: () => rm(root, { recursive: true, force: true }) };
}
