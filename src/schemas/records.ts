// The JSON Schemas Cairn ships, generated from its zod schemas (never written by hand): the shape of
// `records.json` and `cairn export --format json`, whose `frontmatter` is each kind's own schema.
import { z } from 'zod';
import { audiences } from '../core/audiences.ts';
import { documentSchema } from './document.ts';
import { jsonSchemaOf } from './json-schema.ts';

/** The address the records' schema is published at, beside each site's records.json. */
export const RECORDS_SCHEMA_FILE = 'records.schema.json';

const recordSchema = z
	.object({
		kind: z.string().describe('The document kind: adr, runbook, roadmap, …'),
		id: z.string().describe('The page id, which is also its path on the site: adr/0003-use-a-queue.'),
		title: z.string(),
		url: z.string().describe('The page: its full URL when the site’s address is known, else its path.'),
		markdownUrl: z.string().describe('The page as Markdown.'),
		source: z.string().describe('The document’s file inside the client folder.'),
		frontmatter: documentSchema.describe('The fields the author set, validated: the kind’s own schema.'),
		text: z.string().describe('The body as plain text.'),
	})
	.strict();

export const recordsSchema = z
	.object({
		$schema: z.string(),
		format: z.literal('cairn-records'),
		version: z.literal(1),
		client: z.object({ slug: z.string(), name: z.string() }).strict(),
		audience: z.enum(audiences).describe('Whom the site is for; the records are exactly the documents it shows.'),
		asOf: z.string().describe('The date the site was built for, YYYY-MM-DD.'),
		records: z.array(recordSchema),
	})
	.strict()
	.describe('The typed records of one Cairn site (records.json, cairn export --format json).');

/** The JSON Schema of records.json. */
export function recordsJsonSchema(): Record<string, unknown> {
	return { ...jsonSchemaOf(recordsSchema), $id: RECORDS_SCHEMA_FILE, title: 'Cairn records' };
}
