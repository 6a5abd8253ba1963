// A site is built into a temporary folder beside its final one and moved into place only when
// the build succeeded, so a failed build never replaces a good site. The swap is two renames; a
// build killed between them leaves the old site in its `.old-` folder, and the next build of the
// same site puts it back before anything else. Temporary folders of builds that died are removed
// by the next build of the same site, which alone may touch them (it holds the site's lock).
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const building = (finalDir: string) => `.${basename(finalDir)}.building-`;
const old = (finalDir: string) => `.${basename(finalDir)}.old-`;

/** A fresh temporary folder beside `finalDir`, on the same file system so it can be renamed into place. */
export async function stagingOutputDir(finalDir: string, pid = process.pid): Promise<string> {
	const dir = join(dirname(finalDir), `${building(finalDir)}${pid}`);
	await rm(dir, { recursive: true, force: true });
	await mkdir(dirname(dir), { recursive: true });
	return dir;
}

/**
 * Puts back a site a killed build left in its `.old-` folder, then removes what killed builds left
 * beside `finalDir`. Call it only while holding the site's build lock. Returns the names removed.
 */
export function recoverAndSweep(finalDir: string): string[] {
	const parent = dirname(finalDir);
	if (!existsSync(parent)) return [];
	const names = readdirSync(parent);
	const previous = names.filter((name) => name.startsWith(old(finalDir))).sort();
	const restore = previous.at(-1);
	if (!existsSync(finalDir) && restore) renameSync(join(parent, restore), finalDir);
	const debris = names.filter(
		(name) => (name.startsWith(building(finalDir)) || name.startsWith(old(finalDir))) && name !== restore,
	);
	if (existsSync(finalDir) && restore && existsSync(join(parent, restore))) debris.push(restore);
	for (const name of debris) rmSync(join(parent, name), { recursive: true, force: true });
	return debris;
}

/** Replaces `finalDir` with `builtDir`. The old site is removed only once the new one is in place. */
export async function publish(builtDir: string, finalDir: string, pid = process.pid): Promise<void> {
	const previous = join(dirname(finalDir), `${old(finalDir)}${pid}`);
	await rm(previous, { recursive: true, force: true });
	const hadSite = existsSync(finalDir);
	if (hadSite) await rename(finalDir, previous);
	try {
		await rename(builtDir, finalDir);
	} catch (error) {
		if (hadSite) await rename(previous, finalDir);
		throw error;
	}
	await rm(previous, { recursive: true, force: true });
}

/** Removes a temporary output folder after a failed build. */
export async function discard(builtDir: string): Promise<void> {
	await rm(builtDir, { recursive: true, force: true });
}
