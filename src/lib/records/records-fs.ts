// The machine-readable files of a built site (records.ts `siteRecordFiles`), written beside its
// pages before the site is audited and published.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { siteRecordFiles, type RecordsSchema, type RecordsSite } from './records.ts';

export async function writeSiteRecords(outDir: string, site: RecordsSite, schema: RecordsSchema): Promise<void> {
	for (const [path, text] of siteRecordFiles(site, schema)) {
		const file = join(outDir, path);
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, text);
	}
}
