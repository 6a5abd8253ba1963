// A site's documents as data and as Markdown: what records.json, llms.txt, the `.md` pages and
// `cairn export` hold, from documents given as texts.
import { describe, expect, it } from 'vitest';
import { assembleClient } from '../../src/lib/project.ts';
import { pageMarkdown } from '../../src/lib/records/page-markdown.ts';
import {
	llmsFullTxt,
	llmsTxt,
	recordsCsv,
	recordsSite,
	siteRecordFiles,
	siteRecords,
	type RecordsSite,
} from '../../src/lib/records/records.ts';
import { jsonAdr } from '../../src/lib/records/json-adr.ts';

const clientYaml = [
	'name: Acme Robotics',
	'slug: acme',
	'engagement: { start: 2026-01-05, end: 2026-06-30 }',
	'site: { base: /handbook/, url: https://docs.acme.example }',
	'investor: {}',
	'',
].join('\n');

const adr = (n: number, audience: string, extra = '') =>
	[
		'---',
		`title: Decision ${n}`,
		'kind: adr',
		`id: ADR-000${n}`,
		'status: accepted',
		`date: 2026-02-0${n}`,
		`audience: [${audience}]`,
		'decisionMakers: [Ada]',
		'---',
		extra || `We decided ${n}.`,
		'',
	].join('\n');

function acme(): RecordsSite[] {
	const project = assembleClient({
		slug: 'acme',
		dir: '/p/content/acme',
		clientYaml,
		documents: [
			{
				path: 'adr/0001-queue.mdx',
				text: adr(1, 'team, investor', 'See [the secret one](/adr/0002-vault/) and [three](../0003-db/).'),
			},
			{ path: 'adr/0002-vault.mdx', text: adr(2, 'team') },
			{ path: 'adr/0003-db.mdx', text: adr(3, 'team, investor') },
		],
		fileAt: () => 'file',
	});
	if (!project.config) throw new Error(JSON.stringify(project.problems));
	const config = project.config;
	return (['team', 'investor'] as const).map((audience) =>
		recordsSite(
			{ ...project, config },
			{
				audience,
				site: audience === 'team' ? { base: '/handbook/', url: 'https://docs.acme.example' } : { base: '/' },
				today: '2026-11-01',
			},
		),
	);
}

describe('a page as Markdown', () => {
	const options = { mdx: true, page: '/handbook/adr/0001-queue/', base: '/handbook/', excluded: new Set<string>() };

	it('drops what only the MDX compiler reads, and keeps the rest as written', () => {
		const body = [
			"import Diagram from '../diagram.astro';",
			'',
			'## Context',
			'',
			'We need a *queue*.{/* ask Sam */}',
			'',
			'```sh',
			'make queue',
			'```',
			'',
			'<Diagram />',
			'',
		].join('\n');
		expect(pageMarkdown(body, options).markdown).toBe(
			['## Context', '', 'We need a *queue*.', '', '```sh', 'make queue', '```', '', '<Diagram />', ''].join('\n'),
		);
	});

	it('makes links into the site absolute, base included, and leaves other links alone', () => {
		const body =
			'[root](/adr/0002-vault/), [relative](../0003-db/#status), [out](https://example.com/x), [here](#context), ![map](./map.png)';
		expect(pageMarkdown(body, options).markdown).toBe(
			'[root](/handbook/adr/0002-vault/), [relative](/handbook/adr/0003-db/#status), [out](https://example.com/x), [here](#context), ![map](/handbook/adr/0001-queue/map.png)\n',
		);
	});

	it('keeps only the words of a link to a document the site leaves out', () => {
		const body = 'Read [the **vault** decision](/adr/0002-vault/) and [its ![icon](/i.png) badge](../0002-vault/).';
		const excluded = new Set(['/handbook/adr/0002-vault/']);
		expect(pageMarkdown(body, { ...options, excluded }).markdown).toBe(
			'Read the **vault** decision and its ![icon](/handbook/i.png) badge.\n',
		);
	});

	it('returns a body the compiler cannot read as it is', () => {
		expect(pageMarkdown('A { that never closes', options)).toEqual({
			markdown: 'A { that never closes',
			text: 'A { that never closes',
			sections: [{ heading: '', depth: 0, blocks: ['A { that never closes'], items: [] }],
		});
	});
});

describe('a page as plain text', () => {
	it('puts each block on its own line, table cells apart, without markup, HTML or code the compiler reads', () => {
		const markdown = [
			'## Steps',
			'',
			'1. Open the **console**',
			'2. Run `make fix`',
			'',
			'| Alert | Severity |',
			'|---|---|',
			'| DiskFull | sev2 |',
			'',
			'<div>hidden</div>',
			'',
			'{/* a note to self */}',
			'',
			'```sh',
			'df -h',
			'du -sh /var',
			'```',
		].join('\n');
		const options = { mdx: true, page: '/', base: '/', excluded: new Set<string>() };
		expect(pageMarkdown(markdown, options).text).toBe(
			['Steps', 'Open the console', 'Run make fix', 'Alert | Severity', 'DiskFull | sev2', 'df -h\ndu -sh /var'].join(
				'\n',
			),
		);
	});
});

describe('the records of a site', () => {
	const [team, investor] = acme() as [RecordsSite, RecordsSite];

	it('hold every document of the audience and nothing else', () => {
		expect(siteRecords(team, 's').records.map((r) => r.id)).toEqual([
			'adr/0001-queue',
			'adr/0002-vault',
			'adr/0003-db',
		]);
		const records = siteRecords(investor, 's');
		expect(records.records.map((r) => r.id)).toEqual(['adr/0001-queue', 'adr/0003-db']);
		expect(JSON.stringify(records)).not.toContain('0002');
		expect(JSON.stringify(records)).not.toContain('Decision 2');
	});

	it('give each record its kind, page, Markdown address, the fields the author set, and its text', () => {
		const [first] = siteRecords(team, './records.schema.json').records;
		expect(first).toEqual({
			kind: 'adr',
			id: 'adr/0001-queue',
			title: 'Decision 1',
			url: 'https://docs.acme.example/handbook/adr/0001-queue/',
			markdownUrl: 'https://docs.acme.example/handbook/adr/0001-queue.md',
			source: 'adr/0001-queue.mdx',
			frontmatter: {
				title: 'Decision 1',
				kind: 'adr',
				id: 'ADR-0001',
				status: 'accepted',
				date: '2026-02-01',
				audience: ['team', 'investor'],
				decisionMakers: ['Ada'],
			},
			text: 'See the secret one and three.',
		});
	});

	it('as CSV: a header of every field met, lists joined, quotes where needed', () => {
		const csv = recordsCsv(siteRecords(investor, 's'));
		expect(csv.split('\r\n')).toEqual([
			'kind,title,page,url,id,status,date,audience,decisionMakers',
			'adr,Decision 1,adr/0001-queue,/adr/0001-queue/,ADR-0001,accepted,2026-02-01,team; investor,Ada',
			'adr,Decision 3,adr/0003-db,/adr/0003-db/,ADR-0003,accepted,2026-02-03,team; investor,Ada',
			'',
		]);
		const quoted = siteRecords(investor, 's');
		const [first] = quoted.records;
		if (first) first.title = 'Queue, "at last"';
		expect(recordsCsv(quoted).split('\r\n')[1]).toMatch(/^adr,"Queue, ""at last""",adr\/0001-queue,/);
	});

	it('as llms.txt: the site, then a section per kind listing each page’s Markdown', () => {
		const text = llmsTxt(investor, siteRecords(investor, 's'));
		expect(text).toContain('# Acme Robotics\n');
		expect(text).toContain('## Decisions\n\n- [Decision 1](/adr/0001-queue.md)\n- [Decision 3](/adr/0003-db.md)\n');
		expect(llmsFullTxt(investor, siteRecords(investor, 's'))).toContain(
			'# Decision 1\n\nSee the secret one and [three](/adr/0003-db/).\n\nSource: /adr/0001-queue/\n',
		);
	});

	it('as the files of a built site: records, schema, llms files and one Markdown file per page', () => {
		const files = siteRecordFiles(investor, { file: 'records.schema.json', schema: { type: 'object' } });
		expect([...files.keys()].sort()).toEqual([
			'adr/0001-queue.md',
			'adr/0003-db.md',
			'llms-full.txt',
			'llms.txt',
			'records.json',
			'records.schema.json',
		]);
		for (const text of files.values()) expect(text).not.toContain('0002-vault');
	});
});

describe('decisions as JSON-ADR', () => {
	it('maps frontmatter field to field and the body’s sections by their MADR headings', () => {
		const body = [
			'## Context and Problem Statement',
			'',
			'Jobs are lost when a worker dies.',
			'',
			'## Decision Drivers',
			'',
			'* No lost jobs',
			'* Little to run',
			'',
			'## Considered Options',
			'',
			'* SQS',
			'* Cron',
			'',
			'### SQS',
			'',
			'Managed.',
			'',
			'## Decision Outcome',
			'',
			'Chosen option: SQS.',
			'',
			'### Consequences',
			'',
			'* Good, because jobs survive.',
			'* Bad, because one more service.',
			'',
			'## Rollout',
			'',
			'Next sprint.',
		].join('\n');
		const options = { mdx: true, page: '/adr/0009-sqs/', base: '/', excluded: new Set<string>() };
		const record = {
			kind: 'adr',
			id: 'adr/0009-sqs',
			title: 'SQS for jobs',
			url: 'https://docs.acme.example/adr/0009-sqs/',
			markdownUrl: 'https://docs.acme.example/adr/0009-sqs.md',
			source: 'adr/0009-sqs.mdx',
			frontmatter: { id: 'ADR-0009', status: 'accepted', decisionMakers: ['Ada'], supersedes: ['ADR-0005'], tags: [] },
			text: '',
		};
		const [first] = acme() as [RecordsSite];
		const records = { ...siteRecords(first, 's'), records: [record] };
		const { sections } = pageMarkdown(body, options);
		const [adr] = jsonAdr(records, [{ record, sections, changed: '2026-03-01' }], {
			version: '0.1.0',
			now: new Date('2026-11-01T00:00:00Z'),
		}).adrs;
		expect(adr).toEqual({
			number: 9,
			title: 'SQS for jobs',
			status: 'Accepted',
			date: '2026-03-01',
			deciders: ['Ada'],
			source_uri: 'https://docs.acme.example/adr/0009-sqs/',
			context: 'Jobs are lost when a worker dies.',
			decision_drivers: ['No lost jobs', 'Little to run'],
			// The options are the list; the subsection about one of them is not another option.
			considered_options: [{ name: 'SQS' }, { name: 'Cron' }],
			decision: 'Chosen option: SQS.',
			consequences: ['Good, because jobs survive.', 'Bad, because one more service.'],
			custom_sections: { Rollout: 'Next sprint.' },
			links: [{ type: 'supersedes', target: 5 }],
			path: 'adr/0009-sqs.mdx',
		});
	});
});
