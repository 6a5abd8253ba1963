#!/usr/bin/env node
// The `cairn` command. Finds a Node that can run Cairn (see runtime.mjs), then hands over to src/cli.
import module from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureRuntime, installRoot, projectRoot, runAndExit } from './runtime.mjs';

const { node, env } = ensureRuntime();
const cli = join(projectRoot, 'src', 'cli', 'main.ts');
if (node === process.execPath) {
	process.env.PATH = env.PATH;
	// Node keeps the compiled (and type-stripped) modules between runs: start-up is most of a check.
	module.enableCompileCache(join(installRoot, 'node_modules', '.cache', 'cairn-compile'));
	// Installed as a dependency (a client's repository), Cairn's TypeScript lies under node_modules,
	// where Node does not strip types itself: amaro, the stripper Node uses, does it instead.
	if (installRoot !== projectRoot) await import('amaro/strip');
	// A dynamic import, so that Node versions too old for the CLI never parse it; its type is unknown here.
	// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
	const { main } = /** @type {{ main: (argv: string[]) => Promise<number> }} */ (await import(pathToFileURL(cli).href));
	process.exitCode = await main(process.argv.slice(2));
} else {
	// This command again, on the Node that can run it.
	runAndExit(node, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], env);
}
