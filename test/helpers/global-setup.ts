// Builds the fixture projects the site tests share, once per run, with the real CLI.
import type { TestProject } from 'vitest/node';
import { runCli } from './cli.ts';
import { tempProject } from './project.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A built copy of test/fixtures/two-clients: dist/alpha/team and dist/beta/team. */
		twoClientsRoot: string;
	}
}

export default async function setup(project: TestProject) {
	const twoClients = await tempProject('two-clients');
	const result = await runCli(['--root', twoClients.root, 'build']);
	if (result.code !== 0) {
		throw new Error(`Building the two-clients fixture failed:\n${result.stdout}\n${result.stderr}`);
	}
	project.provide('twoClientsRoot', twoClients.root);
	return async () => {
		await twoClients.remove();
	};
}
