// `node scripts/run.mjs <command> [args…]`: runs a project tool (vitest, eslint, astro…) on a Node
// that can run it, installing that Node and the npm packages first when needed. npm scripts use it
// so that `npm test` works on a machine whose own Node is too old.
import { ensureRuntime, runAndExit } from './runtime.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
	process.stderr.write('usage: node scripts/run.mjs <command> [args…]\n');
	process.exit(2);
}
const { env } = ensureRuntime();
runAndExit(command, args, env);
