// The typed records of one site: every document its audience may read, as data other tools read
// (`cairn export`, `records.json` and `llms.txt` in each built site). Chosen exactly as the site's
// pages are (src/lib/audience.ts), so that no format ever holds what the site leaves out. Pure:
// records-fs.ts writes them.
import type { Audience } from '../../core/audiences.ts';
import { kindByName } from '../../core/kinds.ts';
import type { ClientConfig } from '../../schemas/client.ts';
import type { Frontmatter } from '../../schemas/frontmatter.ts';
import { selectAudience } from '../audience.ts';
import { baseWithSlash, pageUrl } from '../paths.ts';
import type { ClientProject } from '../project.ts';
import { pageMarkdown, type PageText } from './page-markdown.ts';

/** The version of the records' shape: raise it when a field changes meaning or goes. */
export const RECORDS_VERSION = 1;

export interface SiteDocument {
	/** The page id: `adr/0003-queue`, `index`. */
	id: string;
	/** Path inside the client folder: `adr/0003-queue.mdx`. */
	path: string;
	data: Frontmatter;
	/** The frontmatter as written, to tell the fields the author set from defaults. */
	raw: unknown;
	body: string;
}

export interface RecordsSite {
	slug: string;
	config: ClientConfig;
	audience: Audience;
	/** The site's base path, both slashes. */
	base: string;
	/** Where the site is served, when known: records then carry full URLs. */
	url?: string | undefined;
	today: string;
	included: readonly SiteDocument[];
	/** Ids of the documents the site leaves out: links to them lose their link. */
	excluded: readonly string[];
}

export interface DocumentRecord {
	kind: string;
	id: string;
	title: string;
	/** The page: a full URL when the site's address is known, else its path under the base. */
	url: string;
	/** The page as Markdown, at a stable address beside the page. */
	markdownUrl: string;
	/** Path inside the client folder. */
	source: string;
	/** The frontmatter fields the author set, as validated (dates as `YYYY-MM-DD`). */
	frontmatter: Record<string, unknown>;
	/** The body as plain text: what the page says, without markup. */
	text: string;
}

export interface SiteRecords {
	$schema: string;
	format: 'cairn-records';
	version: typeof RECORDS_VERSION;
	client: { slug: string; name: string };
	audience: Audience;
	/** The date the site was built for. */
	asOf: string;
	records: DocumentRecord[];
}

/**
 * The documents of one audience's site, chosen as the build chooses its pages. `site` is where it
 * is served (src/lib/audience.ts `siteFor`, or a build's `--base`).
 */
export function recordsSite(
	project: ClientProject & { config: ClientConfig },
	options: { audience: Audience; site: { base: string; url?: string | undefined }; today: string },
): RecordsSite {
	const { included, excluded } = selectAudience(project.documents, options.audience);
	return {
		slug: project.slug,
		config: project.config,
		audience: options.audience,
		base: baseWithSlash(options.site.base),
		url: options.site.url,
		today: options.today,
		included: included.flatMap(({ id, path, data, raw, body }) => (data ? [{ id, path, data, raw, body }] : [])),
		excluded: excluded.map((document) => document.id),
	};
}

/** A page path under the base as the records give it: the full URL when the site's address is known. */
export function siteAddress(site: Pick<RecordsSite, 'url'>, path: string): string {
	return site.url ? new URL(path, site.url.replace(/\/?$/, '/')).href : path;
}

/** The stable address of a page's Markdown: `/base/adr/0003-queue.md`, `/base/index.md`. */
export function markdownPath(base: string, id: string): string {
	return `${base}${id}.md`;
}

/** The fields an author wrote, with their validated values: no defaults Starlight added. */
function writtenFields(data: Frontmatter, raw: unknown): Record<string, unknown> {
	const written = raw && typeof raw === 'object' ? Object.keys(raw) : [];
	const fields: Record<string, unknown> = {};
	for (const key of written) {
		const value = (data as Record<string, unknown>)[key];
		if (value !== undefined) fields[key] = value;
	}
	return fields;
}

/** Each document's Markdown and text, made once however many files hold them (records, llms-full, its `.md`). */
const pageTextOf = new WeakMap<SiteDocument, PageText>();

function pageText(site: RecordsSite, document: SiteDocument): PageText {
	let made = pageTextOf.get(document);
	if (!made) {
		made = pageMarkdown(document.body, {
			mdx: document.path.endsWith('.mdx'),
			page: pageUrl(site.base, document.id),
			base: site.base,
			excluded: new Set(site.excluded.map((id) => pageUrl(site.base, id))),
		});
		pageTextOf.set(document, made);
	}
	return made;
}

/** A document's body by its headings, for formats that map sections to fields (JSON-ADR). */
export function documentSections(site: RecordsSite, document: SiteDocument): PageText['sections'] {
	return pageText(site, document).sections;
}

/** A document's page as Markdown with its title, as its `.md` address serves it. */
export function documentMarkdown(site: RecordsSite, document: SiteDocument): string {
	return `# ${document.data.title}\n\n${pageText(site, document).markdown}`;
}

export function siteRecords(site: RecordsSite, schema: string): SiteRecords {
	return {
		$schema: schema,
		format: 'cairn-records',
		version: RECORDS_VERSION,
		client: { slug: site.slug, name: site.config.name },
		audience: site.audience,
		asOf: site.today,
		records: site.included.map((document) => {
			return {
				kind: document.data.kind,
				id: document.id,
				title: document.data.title,
				url: siteAddress(site, pageUrl(site.base, document.id)),
				markdownUrl: siteAddress(site, markdownPath(site.base, document.id)),
				source: document.path,
				frontmatter: writtenFields(document.data, document.raw),
				text: pageText(site, document).text,
			};
		}),
	};
}

/** One CSV field, quoted when it must be (RFC 4180). */
function csvField(value: unknown): string {
	const text =
		value === undefined || value === null
			? ''
			: Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)
				? value.join('; ')
				: typeof value === 'object'
					? JSON.stringify(value)
					: typeof value === 'string'
						? value
						: JSON.stringify(value);
	return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The records as CSV, a row each: kind, title, page (its id), url, then every other frontmatter
 * field any record has, in the order first met (lists joined with `; `, nested values as JSON).
 * Without the text: a spreadsheet of what the documents say about themselves.
 */
export function recordsCsv(records: SiteRecords): string {
	const fixed = ['kind', 'title', 'page', 'url'];
	const fields: string[] = [];
	for (const record of records.records) {
		for (const key of Object.keys(record.frontmatter)) {
			if (!fields.includes(key) && key !== 'kind' && key !== 'title') fields.push(key);
		}
	}
	const rows = [[...fixed, ...fields].map(csvField).join(',')];
	for (const record of records.records) {
		const cells = [record.kind, record.title, record.id, record.url, ...fields.map((key) => record.frontmatter[key])];
		rows.push(cells.map(csvField).join(','));
	}
	return `${rows.join('\r\n')}\r\n`;
}

/** A line of llms.txt for a record: its Markdown link, and what it is about when it says. */
function llmsLine(record: DocumentRecord): string {
	const about = record.frontmatter.summary ?? record.frontmatter.description;
	return `- [${record.title}](${record.markdownUrl})${typeof about === 'string' && about ? `: ${about.replace(/\s+/g, ' ')}` : ''}`;
}

/**
 * The site's llms.txt (https://llmstxt.org): its name, what it is, and a section per kind listing
 * each page's Markdown address.
 */
export function llmsTxt(site: RecordsSite, records: SiteRecords): string {
	const who =
		site.audience === 'investor' ? 'for investors' : site.audience === 'internal' ? 'internal' : 'for its team';
	const lines = [
		`# ${site.config.name}`,
		'',
		`> The technical documents of ${site.config.name} (${who}), as of ${site.today}: ${records.records.length} documents, each as Markdown below.`,
		'',
		`Every document with its frontmatter as data: ${siteAddress(site, `${site.base}records.json`)}. Every page in one file: ${siteAddress(site, `${site.base}llms-full.txt`)}.`,
	];
	const byKind = new Map<string, DocumentRecord[]>();
	for (const record of records.records) byKind.set(record.kind, [...(byKind.get(record.kind) ?? []), record]);
	for (const [kind, list] of byKind) {
		lines.push('', `## ${kindByName(kind)?.label ?? kind}`, '', ...list.map(llmsLine));
	}
	return `${lines.join('\n')}\n`;
}

/** llms-full.txt: every page's Markdown, one after another, each with its address. */
export function llmsFullTxt(site: RecordsSite, records: SiteRecords): string {
	const pages = site.included.map((document, i) => {
		const record = records.records[i];
		return `${documentMarkdown(site, document).trimEnd()}\n\nSource: ${record?.url ?? ''}\n`;
	});
	return pages.join('\n---\n\n');
}

/** The JSON Schema of the records, generated from the zod schemas (src/schemas/records.ts). */
export interface RecordsSchema {
	/** Its file name beside records.json. */
	file: string;
	schema: object;
}

/**
 * The machine-readable files of a site, by path inside it: records.json and its schema, llms.txt,
 * llms-full.txt, and each page's Markdown at its stable address (`adr/0003-queue.md` beside
 * `adr/0003-queue/`). Only the site's own documents reach them, so they leak no more than its pages.
 */
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
