// Builds the projects the site tests share, once per run, with the real CLI: the fixture clients
// and a copy of the demo clients (built in a scratch folder, so the repository's dist/ is untouched).
import type { TestProject } from 'vitest/node';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from './cli.ts';
import { engineRoot } from './paths.ts';
import { tempProject, type TempProject } from './project.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A built copy of test/fixtures/two-clients: dist/alpha/team and dist/beta/team. */
		twoClientsRoot: string;
		/** A built copy of the demo clients in content/: dist/larkspur/team and dist/tidewater/team. */
		demoRoot: string;
		/** A built copy of test/fixtures/audiences: dist/gamma/{team,investor,internal}. */
		audiencesRoot: string;
		/** A built copy of test/fixtures/hostile, markup in every field: dist/hostile/{team,investor,internal}. */
		hostileRoot: string;
	}
}

/** The date the shared builds are made on. */
export const BUILD_DATE = '2026-11-24';

async function build(project: TempProject, what: string, args: string[] = []): Promise<void> {
	// A fixed date, so that what is overdue does not depend on the day the tests run.
	const result = await runCli(['--root', project.root, 'build', ...args], { env: { CAIRN_TODAY: BUILD_DATE } });
	if (result.code !== 0) throw new Error(`Building ${what} failed:\n${result.stdout}\n${result.stderr}`);
}

export default async function setup(project: TestProject) {
	const twoClients = await tempProject('two-clients');
	const demo = await tempProject();
	const audiences = await tempProject('audiences');
	const hostile = await tempProject('hostile');
	await cp(join(engineRoot, 'content'), join(demo.root, 'content'), { recursive: true });
	// One after the other: each build already uses both cores.
	await build(twoClients, 'the two-clients fixture');
	await build(demo, 'the demo clients');
	await build(audiences, 'the audiences fixture', ['--audience', 'team', 'investor', 'internal']);
	await build(hostile, 'the hostile-text fixture', ['--audience', 'team', 'investor', 'internal']);
	project.provide('twoClientsRoot', twoClients.root);
	project.provide('demoRoot', demo.root);
	project.provide('audiencesRoot', audiences.root);
	project.provide('hostileRoot', hostile.root);
	return async () => {
		await Promise.all([twoClients.remove(), demo.remove(), audiences.remove(), hostile.remove()]);
	};
}
