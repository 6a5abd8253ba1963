#!/usr/bin/env node
// The `cairn` command. Finds a Node that can run Cairn (see runtime.mjs), then hands over to src/cli.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureRuntime, projectRoot, runAndExit } from './runtime.mjs';

const { node, env } = ensureRuntime();
const cli = join(projectRoot, 'src', 'cli', 'main.ts');
if (node === process.execPath) {
	process.env.PATH = env.PATH;
	const { main } = await import(pathToFileURL(cli).href);
	process.exitCode = await main(process.argv.slice(2));
} else {
	runAndExit(node, [cli, ...process.argv.slice(2)], env);
}
