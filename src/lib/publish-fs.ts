// A site is built into a temporary folder beside its final one and moved into place only when
// the build succeeded, so a failed build never replaces a good site.
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

/** A fresh temporary folder beside `finalDir`, on the same file system so it can be renamed into place. */
export async function stagingOutputDir(finalDir: string, pid = process.pid): Promise<string> {
	const dir = join(dirname(finalDir), `.${basename(finalDir)}.building-${pid}`);
	await rm(dir, { recursive: true, force: true });
	await mkdir(dirname(dir), { recursive: true });
	return dir;
}

/** Replaces `finalDir` with `builtDir`. The old site is removed only once the new one is in place. */
export async function publish(builtDir: string, finalDir: string, pid = process.pid): Promise<void> {
	const old = join(dirname(finalDir), `.${basename(finalDir)}.old-${pid}`);
	await rm(old, { recursive: true, force: true });
	const hadSite = existsSync(finalDir);
	if (hadSite) await rename(finalDir, old);
	try {
		await rename(builtDir, finalDir);
	} catch (error) {
		if (hadSite) await rename(old, finalDir);
		throw error;
	}
	await rm(old, { recursive: true, force: true });
}

/** Removes a temporary output folder after a failed build. */
export async function discard(builtDir: string): Promise<void> {
	await rm(builtDir, { recursive: true, force: true });
}
