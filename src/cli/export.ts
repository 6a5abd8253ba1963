// `cairn export`: one audience's documents as data for other tools — Cairn's records (JSON, with
// their JSON Schema), the decisions as JSON-ADR, or a CSV for a spreadsheet. The documents are the
// ones that audience's site shows, no more; a client with errors is not exported.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Audience } from '../core/audiences.ts';
import { siteFor } from '../lib/audience.ts';
import { UserError } from '../lib/errors.ts';
import { checkOutputFile, writeFileWhole } from '../lib/output-fs.ts';
import { formatProblems } from '../lib/problems/report-text.ts';
import { changeDates } from '../lib/git-dates-fs.ts';
import { jsonAdr } from '../lib/records/json-adr.ts';
import { documentSections, recordsCsv, recordsSite, siteRecords } from '../lib/records/records.ts';
import { RECORDS_SCHEMA_FILE, recordsJsonSchema } from '../schemas/records.ts';
import { checkClients } from './check.ts';
import { requireClient, today, type CliContext } from './context.ts';

export const exportFormats = ['json', 'json-adr', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportOptions {
	client: string;
	audience: Audience;
	format: ExportFormat;
	/** A file to write; default: standard output. */
	out?: string;
	force: boolean;
}

/** The JSON Schema address the records name: beside the file written, or the site's copy on stdout. */
const SCHEMA_URL = `./${RECORDS_SCHEMA_FILE}`;

export async function exportCommand(ctx: CliContext, options: ExportOptions): Promise<number> {
	const slug = await requireClient(ctx, options.client);
	const out = options.out ? resolve(ctx.cwd, options.out) : undefined;
	const example = options.format === 'csv' ? `${slug}.csv` : `${slug}-${options.format}.json`;
	if (out && options.out) {
		checkOutputFile({ path: out, shown: options.out, mayReplace: options.force, example }, ctx.projectRoot);
	}
	// JSON records name their schema, written beside them: replaced when it is Cairn's own, as it was.
	const schemaFile = out && options.format === 'json' ? join(dirname(out), RECORDS_SCHEMA_FILE) : undefined;
	const schema = schemaFile ? `${JSON.stringify(recordsJsonSchema(), null, '\t')}\n` : '';
	const writeSchema =
		schemaFile !== undefined && (!existsSync(schemaFile) || readFileSync(schemaFile, 'utf8') !== schema);
	if (schemaFile && writeSchema && options.out) {
		const shown = join(dirname(options.out), RECORDS_SCHEMA_FILE);
		checkOutputFile({ path: schemaFile, shown, mayReplace: options.force }, ctx.projectRoot);
	}
	const [checked] = (await checkClients(ctx, slug)).clients;
	const errors = checked?.problems.filter((p) => p.severity === 'error') ?? [];
	if (!checked?.project.config || errors.length) {
		ctx.err(formatProblems(errors));
		throw new UserError('ClientNotExported', { client: slug, errors: errors.length });
	}
	const project = { ...checked.project, config: checked.project.config };
	const site = recordsSite(project, {
		audience: options.audience,
		site: siteFor(project.config, options.audience),
		today: today(ctx),
	});
	const records = siteRecords(site, SCHEMA_URL);
	let text: string;
	let count = `${records.records.length} documents`;
	if (options.format === 'csv') text = recordsCsv(records);
	else if (options.format === 'json') text = `${JSON.stringify(records, null, '\t')}\n`;
	else {
		const changed = changeDates(
			project.dir,
			site.included.map((document) => document.path),
		).dates;
		const sources = site.included.flatMap((document, i) => {
			const record = records.records[i];
			return record
				? [{ record, sections: documentSections(site, document), changed: changed[document.path] ?? today(ctx) }]
				: [];
		});
		const version = (JSON.parse(readFileSync(join(ctx.engineRoot, 'package.json'), 'utf8')) as { version: string })
			.version;
		const adrs = jsonAdr(records, sources, { version, now: ctx.now() });
		count = `${adrs.adrs.length} decisions`;
		text = `${JSON.stringify(adrs, null, '\t')}\n`;
	}
	if (!out) {
		// Piped into `head` or a pager that stops reading: nothing more to say.
		process.stdout.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EPIPE') process.exit(0);
			throw error;
		});
		process.stdout.write(text);
		return 0;
	}
	await writeFileWhole(out, Buffer.from(text));
	if (schemaFile && writeSchema) await writeFileWhole(schemaFile, Buffer.from(schema));
	ctx.out(
		`Exported ${count} of ${slug} (${options.audience}) as ${options.format} to ${relative(ctx.cwd, out) || out}${schemaFile ? `, with ${RECORDS_SCHEMA_FILE} beside it` : ''}.`,
	);
	return 0;
}
