// The machine-readable files of a built site (records.ts `siteRecordFiles`), written beside its
// pages before the site is audited and published.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Writes `files` (path under the site → text) into `outDir`, their folders first, then all at once. */
export async function writeSiteRecords(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
	const folders = new Set([...files.keys()].map((path) => dirname(join(outDir, path))));
	for (const folder of folders) await mkdir(folder, { recursive: true });
	await Promise.all([...files].map(([path, text]) => writeFile(join(outDir, path), text)));
}
