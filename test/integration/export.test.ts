// `cairn export`: one audience's documents as data, exactly those its site shows. Checked on the
// demo client against an independent reading of each file's `audience:`, with the words of every
// document left out searched for in the output, and against the JSON Schema the export ships.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { engineRoot, fixturesDir } from '../helpers/paths.ts';

const larkspur = join(engineRoot, 'content', 'larkspur');

interface Source {
	id: string;
	title: string;
	audience: string[];
}

/** Each document of the demo client with its audiences, read here without Cairn's code. */
async function sources(): Promise<Source[]> {
	const files = (await readdir(larkspur, { recursive: true })).filter((file) => /\.mdx?$/.test(file));
	return Promise.all(
		files.map(async (file) => {
			const text = await readFile(join(larkspur, file), 'utf8');
			const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { title: string; audience?: string[] };
			const id = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '') || 'index';
			return { id, title: data.title, audience: data.audience ?? ['team'] };
		}),
	);
}

interface Records {
	$schema: string;
	audience: string;
	records: { id: string; title: string; kind: string; text: string; frontmatter: Record<string, unknown> }[];
}

let out: string;
beforeAll(async () => {
	out = await mkdtemp(join(tmpdir(), 'cairn-export-'));
});
afterAll(async () => {
	await rm(out, { recursive: true, force: true });
});

describe('cairn export --format json', () => {
	it('holds every investor document of the demo client and nothing else', async () => {
		const result = await runCli(['export', '--client', 'larkspur', '--audience', 'investor', '--format', 'json']);
		expect(result.code, result.stderr).toBe(0);
		const records = JSON.parse(result.stdout) as Records;
		expect(records.audience).toBe('investor');
		const all = await sources();
		const shared = all.filter((source) => source.audience.includes('investor'));
		expect(shared.length).toBeGreaterThan(3);
		expect(records.records.map((record) => record.id).sort()).toEqual(shared.map((source) => source.id).sort());
		// Canaries: the title of every document not shared with investors, anywhere in the output.
		const left = all.filter((source) => !source.audience.includes('investor'));
		expect(left.length).toBeGreaterThan(3);
		for (const source of left) {
			expect(result.stdout.includes(source.title), source.title).toBe(false);
			expect(result.stdout.includes(`${source.id}/`), source.id).toBe(false);
		}
	});

	it('validates against the JSON Schema it writes beside the file, and says what it wrote', async () => {
		const file = join(out, 'larkspur.json');
		const result = await runCli(['export', '--client', 'larkspur', '--out', file]);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toMatch(
			/^Exported \d+ documents of larkspur \(team\) as json to .*larkspur\.json, with records\.schema\.json beside it\.$/m,
		);
		const records = JSON.parse(await readFile(file, 'utf8')) as Records;
		const schema = JSON.parse(await readFile(join(out, 'records.schema.json'), 'utf8')) as object;
		const ajv = new Ajv2020({ strict: false, allErrors: true });
		addFormats(ajv);
		const validate = ajv.compile(schema);
		expect(validate(records), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		// A record that breaks its kind's schema does not validate: the schema checks frontmatter.
		const [first] = records.records;
		if (first) first.frontmatter.status = 'maybe';
		expect(validate({ ...records, records: [first] })).toBe(false);

		// Again: the file exists, so it is kept without --force; the schema, Cairn's own, is no obstacle.
		const again = await runCli(['export', '--client', 'larkspur', '--out', file]);
		expect(again.code).toBe(2);
		expect(again.stderr).toContain('already exists');
		expect((await runCli(['export', '--client', 'larkspur', '--out', file, '--force'])).code).toBe(0);
	});
});

describe('cairn export --format csv', () => {
	it('writes a row per document with its frontmatter fields as columns', async () => {
		const result = await runCli(['export', '--client', 'larkspur', '--format', 'csv']);
		expect(result.code, result.stderr).toBe(0);
		const [header, ...rows] = result.stdout.trimEnd().split('\r\n');
		expect(header).toMatch(/^kind,title,page,url,/);
		expect(header?.split(',')).toEqual(expect.arrayContaining(['status', 'service', 'severity']));
		const team = (await sources()).filter((source) => source.audience.includes('team'));
		expect(rows.length).toBe(team.length);
	});
});

describe('cairn export on a client with errors', () => {
	it('exports nothing and names the errors at their lines', async () => {
		const project = await mkdtemp(join(tmpdir(), 'cairn-export-broken-'));
		try {
			const client = join(project, 'content', 'solo');
			await writeFile(join(project, 'placeholder'), '');
			await import('node:fs/promises').then(({ mkdir }) => mkdir(join(client, 'adr'), { recursive: true }));
			await writeFile(
				join(client, 'client.yaml'),
				'name: Solo\nslug: solo\nengagement: { start: 2026-01-05, end: 2026-06-30 }\n',
			);
			await writeFile(
				join(client, 'adr', '0001-x.mdx'),
				'---\ntitle: X\nkind: adr\nid: ADR-0001\nstatus: maybe\ndate: 2026-01-05\n---\nBody\n',
			);
			const result = await runCli(['--root', project, 'export', '--client', 'solo']);
			expect(result.code).toBe(1);
			expect(result.stdout).toBe('');
			expect(result.stderr).toMatch(/^content\/solo\/adr\/0001-x\.mdx:5:\d+ error .*status/m);
			expect(result.stderr).toContain('The client solo was not exported: fix the error above, then export again.');
			expect(result.stderr).not.toMatch(/^\s+at /m);
		} finally {
			await rm(project, { recursive: true, force: true });
		}
	});
});

describe('cairn export --format json-adr', () => {
	it('writes the demo client’s decisions as JSON-ADR v1, valid against the adrs project’s schema', async () => {
		const result = await runCli(['export', '--client', 'larkspur', '--format', 'json-adr']);
		expect(result.code, result.stderr).toBe(0);
		const exported = JSON.parse(result.stdout) as {
			version: string;
			adrs: { number: number; status: string; date: string; links?: unknown[]; consequences?: string[] }[];
		};
		const schema = JSON.parse(await readFile(join(fixturesDir, 'json-adr', 'v1.json'), 'utf8')) as object;
		const ajv = new Ajv2020({ strict: false, allErrors: true });
		addFormats(ajv);
		const validate = ajv.compile(schema);
		expect(validate(exported), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		const decisions = (await sources()).filter((source) => source.id.startsWith('adr/'));
		expect(exported.adrs.map((adr) => adr.number)).toEqual(decisions.map((_, i) => i + 1));
		// A superseded decision links to its successor, by number.
		expect(exported.adrs.find((adr) => adr.number === 5)?.links).toEqual([{ type: 'superseded-by', target: 9 }]);
		expect(exported.adrs[0]?.consequences?.length).toBeGreaterThan(1);
	});

	it('leaves out the decisions investors do not see', async () => {
		// The audience fixture: ADR-0001 is the team's only, and carries a canary word.
		const root = inject('audiencesRoot');
		const result = await runCli([
			'--root',
			root,
			'export',
			'--client',
			'gamma',
			'--audience',
			'investor',
			'--format',
			'json-adr',
		]);
		expect(result.code, result.stderr).toBe(0);
		const exported = JSON.parse(result.stdout) as { adrs: { number: number; links?: unknown[] }[] };
		expect(exported.adrs.map((adr) => adr.number)).toEqual([2, 3]);
		expect(result.stdout).not.toMatch(/otterleakcanary/i);
		// Its successor still names it by number, as the investor site shows `ADR-0001` without a link.
		expect(exported.adrs[1]?.links).toEqual([{ type: 'supersedes', target: 1 }]);
	});
});
