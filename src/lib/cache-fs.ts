// Build caches on disk (`.cairn/cache/`): one JSON file per entry, written whole or not at all
// (builds of other sites may read the cache meanwhile), touched each time a build uses it, and
// removed once no build has used it for a while.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync, rmdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** An entry no build has used for this long is removed. */
export const UNUSED_DAYS = 30;

/** The entry in `file`, or `undefined` when there is none (or it cannot be read); marks it used. */
export function readCached(file: string): unknown {
	try {
		const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
		const now = new Date();
		utimesSync(file, now, now);
		return value;
	} catch {
		return undefined;
	}
}

/** Writes an entry off the main thread; a cache that cannot be written costs time, never the build. */
export async function writeCached(file: string, value: unknown): Promise<void> {
	const partial = `${file}.${process.pid}.tmp`;
	try {
		await mkdir(dirname(file), { recursive: true });
		await writeFile(partial, JSON.stringify(value));
		await rename(partial, file);
	} catch {
		await rm(partial, { force: true });
	}
}

/**
 * Removes the entries under `dir` (and the folders they leave empty) that no build has used for
 * {@link UNUSED_DAYS} days. Returns how many entries went.
 */
export function pruneUnused(dir: string, now = Date.now()): number {
	let removed = 0;
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return 0;
	}
	for (const name of names) {
		const path = join(dir, name);
		try {
			const stat = statSync(path);
			if (stat.isDirectory()) {
				removed += pruneUnused(path, now);
				if (readdirSync(path).length === 0) rmdirSync(path);
			} else if (now - stat.mtimeMs > UNUSED_DAYS * 86_400_000) {
				rmSync(path, { force: true });
				removed++;
			}
		} catch {
			// Removed meanwhile by another build's prune.
		}
	}
	return removed;
}
