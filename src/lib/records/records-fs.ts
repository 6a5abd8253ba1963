// The machine-readable files of a built site, written beside its pages before the site is audited
// and published: records.json and its schema, llms.txt, llms-full.txt, and each page's Markdown at
// its stable address (`adr/0003-queue.md` beside `adr/0003-queue/`). Only the site's own documents
// reach them (records.ts), so they leak no more than its pages.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { documentMarkdown, llmsFullTxt, llmsTxt, siteRecords, type RecordsSite } from './records.ts';

/** The JSON Schema of the records, generated from the zod schemas (src/schemas/records.ts). */
export interface RecordsSchema {
	/** Its file name beside records.json. */
	file: string;
	schema: object;
}

/** The files, by path inside the site. */
export function siteRecordFiles(site: RecordsSite, schema: RecordsSchema): Map<string, string> {
	const records = siteRecords(site, `./${schema.file}`);
	const files = new Map<string, string>([
		['records.json', `${JSON.stringify(records, null, '\t')}\n`],
		[schema.file, `${JSON.stringify(schema.schema, null, '\t')}\n`],
		['llms.txt', llmsTxt(site, records)],
		['llms-full.txt', llmsFullTxt(site, records)],
	]);
	for (const document of site.included) files.set(`${document.id}.md`, documentMarkdown(site, document));
	return files;
}

export async function writeSiteRecords(outDir: string, site: RecordsSite, schema: RecordsSchema): Promise<void> {
	for (const [path, text] of siteRecordFiles(site, schema)) {
		const file = join(outDir, path);
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, text);
	}
}
