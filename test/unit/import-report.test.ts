// The report a user reads, and the requests the import refuses before writing anything.
import { describe, expect, it } from 'vitest';
import { planImport, type ImportPlan } from '../../src/lib/import/plan.ts';
import { recordFrontmatter } from '../../src/lib/import/record-frontmatter.ts';
import { reportLines } from '../../src/lib/import/report.ts';
import { documentData } from '../helpers/documents.ts';
import { entryFor, fixtureFolders, planFixtures } from '../helpers/import.ts';

describe('import report', () => {
	it('has one line per note, a bare line for a file with nothing to say, a line per skipped file, then a summary (MADR)', async () => {
		expect(reportLines(await planFixtures(['madr']))).toMatchInlineSnapshot(`
			[
			  "madr/0000-use-madr.md → content/acme/adr/0000-use-madr.mdx: dropped front matter keys parent, nav_order: not ADR metadata Cairn has a field for",
			  "madr/0000-use-madr.md → content/acme/adr/0000-use-madr.mdx: the source gives no status; imported as proposed, not assumed accepted, so review it",
			  "madr/0001-Choose-Postgres.md → content/acme/adr/0001-choose-postgres.mdx",
			  "madr/0002-cache-layer.md → content/acme/adr/0002-cache-layer.mdx: dropped front matter keys parent, nav_order: not ADR metadata Cairn has a field for",
			  "madr/0002-cache-layer.md → content/acme/adr/0002-cache-layer.mdx: status "on hold" read as proposed",
			  "madr/0002-cache-layer.md → content/acme/adr/0002-cache-layer.mdx: rewrote 1 link to other ADRs as site links",
			  "madr/0002-cache-layer.md → content/acme/adr/0002-cache-layer.mdx: kept the link to adr-template.md as written: it is the ADR template, not a decision record, so it was not imported; it will not work on the site, and cairn check warns about it until you point it at a page or remove it",
			  "madr/0003-soap-api.md → content/acme/adr/0003-soap-api.mdx: turned 1 autolink <…> into [text](url) links: MDX has no autolinks",
			  "madr/0004-rest-api.md → content/acme/adr/0004-rest-api.mdx: tags API Design, partners became api-design, partners: Cairn tags are lowercase-kebab",
			  "madr/0004-rest-api.md → content/acme/adr/0004-rest-api.mdx: added supersedes: ADR-0003, because 0003-soap-api.md states the relation from its side",
			  "madr/0004-rest-api.md → content/acme/adr/0004-rest-api.mdx: rewrote 2 links to other ADRs as site links",
			  "madr/0004-rest-api.md → content/acme/adr/0004-rest-api.mdx: copied 1 image next to it (0004-partner-calls.png)",
			  "madr/adr-template.md: skipped, the ADR template, not a decision record",
			  "madr/index.md: skipped, an index page, not a decision record",
			  "Imported 5 ADRs and 1 image into content/acme/adr/ (detected madr); 2 files skipped, 11 notes above.",
			]
		`);
	});

	it('reads an explicit format (adr-tools)', async () => {
		const lines = reportLines(await planFixtures(['adr-tools'], { format: 'adr-tools' }));
		expect(lines).toMatchInlineSnapshot(`
			[
			  "adr-tools/0001-record-decisions.md → content/acme/adr/0001-record-decisions.mdx: no decision makers in the source; left out, not invented (cairn check will warn)",
			  "adr-tools/0002-use-a-queue.md → content/acme/adr/0002-use-a-queue.mdx: read date "12/03/2024" as day/month/year (day first by default; --dates mdy reads month first): 2024-03-12",
			  "adr-tools/0002-use-a-queue.md → content/acme/adr/0002-use-a-queue.mdx: escaped 2 characters ({, } or <) that MDX would read as code or a tag",
			  "adr-tools/0003-use-an-event-log.md → content/acme/adr/0003-use-an-event-log.mdx: rewrote 1 link to other ADRs as site links",
			  "adr-tools/0003-use-an-event-log.md → content/acme/adr/0003-use-an-event-log.mdx: no decision makers in the source; left out, not invented (cairn check will warn)",
			  "adr-tools/0003-use-an-event-log.md → content/acme/adr/0003-use-an-event-log.mdx: escaped 1 character ({, } or <) that MDX would read as code or a tag",
			  "adr-tools/0003-use-an-event-log.md → content/acme/adr/0003-use-an-event-log.mdx: turned 1 HTML comment into MDX comments ({/* … */}): MDX has no HTML comments",
			  "adr-tools/0003-use-an-event-log.md → content/acme/adr/0003-use-an-event-log.mdx: turned 1 autolink <…> into [text](url) links: MDX has no autolinks",
			  "adr-tools/0003-use-an-event-log.md → content/acme/adr/0003-use-an-event-log.mdx: closed <br> as <br />: MDX needs every tag closed",
			  "adr-tools/0003-use-an-event-log.md → content/acme/adr/0003-use-an-event-log.mdx: fenced 1 indented code block: MDX reads indented code as text",
			  "adr-tools/0004-tune-retention.md → content/acme/adr/0004-tune-retention.mdx: kept part of the Status section, which Cairn could not map to frontmatter: "Clarifies 1. Record decisions"",
			  "adr-tools/0004-tune-retention.md → content/acme/adr/0004-tune-retention.mdx: rewrote 1 link to other ADRs as site links",
			  "Imported 4 ADRs into content/acme/adr/ (adr-tools); 0 files skipped, 12 notes above.",
			]
		`);
	});

	it('says which format it read, for two folders at once (log4brains)', async () => {
		const lines = reportLines(await planFixtures(['log4brains/docs/adr', 'log4brains/packages/web/docs/adr']));
		expect(lines.at(-1)).toMatchInlineSnapshot(
			`"Imported 4 ADRs into content/acme/adr/ (detected log4brains); 2 files skipped, 14 notes above."`,
		);
		expect(lines.filter((line) => line.includes(': skipped, '))).toMatchInlineSnapshot(`
			[
			  "log4brains/docs/adr/README.md: skipped, a README, not a decision record",
			  "log4brains/docs/adr/template.md: skipped, the ADR template, not a decision record",
			]
		`);
	});

	it('writes frontmatter with the yaml package: lists in flow style, dates plain, date-like text quoted', () => {
		const text = recordFrontmatter({
			title: '2024-01-01',
			id: 'ADR-0007',
			status: 'accepted',
			date: '2024-02-05',
			decisionMakers: ['Mira Chen (CTO)', 'Chen, Mira'],
			consulted: [],
			informed: [],
			supersedes: ['ADR-0002', 'ADR-0003'],
			amends: [],
			tags: ['data'],
			importedFrom: 'docs/adr/0007-x: y.md',
		});
		expect(text).toMatchInlineSnapshot(`
			"---
			title: "2024-01-01"
			kind: adr
			id: ADR-0007
			status: accepted
			date: 2024-02-05
			decisionMakers: [Mira Chen (CTO), "Chen, Mira"]
			supersedes: [ADR-0002, ADR-0003]
			tags: [data]
			importedFrom: "docs/adr/0007-x: y.md"
			---
			"
		`);
		expect(documentData(`${text}\nBody.\n`)).toMatchObject({ title: '2024-01-01', date: '2024-02-05' });
	});
});

describe('refusals', () => {
	it('refuses a target that exists, and names it', async () => {
		await expect(
			planFixtures(['madr'], { exists: (path) => path === '/project/content/acme/adr/0002-cache-layer.mdx' }),
		).rejects.toThrowErrorMatchingInlineSnapshot(
			`[UserError: The file content/acme/adr/0002-cache-layer.mdx already exists, and the import never overwrites a file. Move it away, or import into another client. [ImportTargetExists]]`,
		);
	});

	it('refuses an existing document that would get the same page', async () => {
		await expect(
			planFixtures(['madr'], { existing: [{ path: 'adr/0002-Cache-Layer.md' }] }),
		).rejects.toThrowErrorMatchingInlineSnapshot(
			`[UserError: The file content/acme/adr/0002-Cache-Layer.md already exists and would have the same page as content/acme/adr/0002-cache-layer.mdx. Move it away, or import into another client. [ImportSamePage]]`,
		);
	});

	it('refuses a number the client already uses, but numbers log4brains records after it', async () => {
		await expect(
			planFixtures(['adr-tools'], { existing: [{ path: 'adr/0003-use-kafka.mdx', number: 3 }] }),
		).rejects.toThrowErrorMatchingInlineSnapshot(
			`[UserError: ADR-0003 already exists (content/acme/adr/0003-use-kafka.mdx) and adr-tools/0003-use-an-event-log.md keeps its number 3. Import into a client without ADR-0003, or renumber one of them first. [ImportNumberTaken]]`,
		);
		const plan = await planFixtures(['log4brains/docs/adr', 'log4brains/packages/web/docs/adr'], {
			existing: [{ path: 'adr/0003-use-kafka.mdx', number: 3 }],
		});
		expect(entryFor(plan, '20231120-use-git-flow.md')).toMatchObject({
			target: 'content/acme/adr/0004-use-git-flow.mdx',
		});
	});

	it('refuses a folder whose Markdown files are none of them ADRs', () => {
		const readme = { folder: 'docs', path: 'README.md', absolutePath: '/src/docs/README.md', text: '# Docs\n' };
		expect(() =>
			planImport({
				projectRoot: '/project',
				client: 'acme',
				base: '/',
				existing: [],
				folders: [{ display: 'docs', absolutePath: '/src/docs', files: [readme] }],
				format: 'auto',
				exists: () => false,
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[UserError: The folder docs holds no ADRs (README.md: a README, not a decision record). Give the folder that holds the decision records. [ImportNoAdrs]]`,
		);
	});

	it('refuses a folder given twice, or inside another one given', async () => {
		await expect(fixtureFolders('madr', 'madr')).rejects.toThrowErrorMatchingInlineSnapshot(
			`[UserError: The folder madr is given twice. Give each folder once. [ImportFolderTwice]]`,
		);
		await expect(fixtureFolders('log4brains', 'log4brains/docs/adr')).rejects.toThrowErrorMatchingInlineSnapshot(
			`[UserError: The folder log4brains/docs/adr is inside log4brains, which is imported too. Give each folder once. [ImportFolderTwice]]`,
		);
	});
});

describe('a record MDX cannot compile', () => {
	it('is reported, and the summary says nothing was written', () => {
		const plan: ImportPlan = {
			adrDir: 'content/acme/adr',
			formats: [{ folder: 'docs/adr', format: 'madr', detected: true }],
			entries: [
				{
					kind: 'write',
					source: 'docs/adr/0001-a.md',
					target: 'content/acme/adr/0001-a.mdx',
					text: '',
					record: {
						title: 'A',
						id: 'ADR-0001',
						status: 'accepted',
						decisionMakers: [],
						consulted: [],
						informed: [],
						supersedes: [],
						amends: [],
						tags: [],
						importedFrom: '0001-a.md',
					},
					notes: [],
				},
				{
					kind: 'fail',
					source: 'docs/adr/0002-b.md',
					target: 'content/acme/adr/0002-b.mdx',
					reason: 'MDX cannot compile it: Unexpected end of file in expression',
				},
			],
			images: [],
		};
		expect(reportLines(plan)).toMatchInlineSnapshot(`
			[
			  "docs/adr/0001-a.md → content/acme/adr/0001-a.mdx",
			  "docs/adr/0002-b.md → content/acme/adr/0002-b.mdx: not imported, MDX cannot compile it: Unexpected end of file in expression",
			  "Nothing was written: 1 file could not be imported (see above). Fix it in the source, or move it out of the folder, and run the import again.",
			]
		`);
	});
});
