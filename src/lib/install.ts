// Where Cairn runs from: its own repository (content/ beside src/), or installed as a dependency of
// a client's repository (node_modules/cairn, with content/ at the client's root). In the second case
// the client's root is where content, staging folders and caches live.
import { sep } from 'node:path';

/** Whether the engine is installed inside a `node_modules` folder. */
export function isInstalledDependency(engineRoot: string): boolean {
	return engineRoot.split(sep).includes('node_modules');
}

/** The project that holds Cairn: the engine's own folder, or the folder above the first `node_modules`. */
export function installRoot(engineRoot: string): string {
	const parts = engineRoot.split(sep);
	const index = parts.indexOf('node_modules');
	return index === -1 ? engineRoot : parts.slice(0, index).join(sep) || sep;
}
