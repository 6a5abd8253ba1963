// `cairn import adr` as a user runs it: real public ADR folders (adr-tools, MADR, log4brains) from
// the shared corpora imported into a fresh client, which must then pass `cairn check` and build;
// and the command-line mistakes it refuses with one line, writing nothing.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adrFolderCases, adrFoldersDir } from '../helpers/adr-folders.ts';
import { runCli } from '../helpers/cli.ts';
import { engineRoot, fixturesDir } from '../helpers/paths.ts';
import { tempProject, type TempProject } from '../helpers/project.ts';

const corpora = resolve(engineRoot, '../shared/corpora');
const hasCorpora = existsSync(corpora);
if (!hasCorpora) {
	console.warn(
		`Skipping the ADR corpus imports: ${corpora} is missing (it comes with the shared folder beside the repository).`,
	);
}

/** A project with one client, `acme`, and its home page. */
async function clientProject(base?: string): Promise<TempProject> {
	const project = await tempProject();
	const dir = join(project.root, 'content', 'acme');
	await mkdir(dir, { recursive: true });
	const site = base ? `site:\n  base: ${base}\n` : '';
	await writeFile(
		join(dir, 'client.yaml'),
		`name: Acme\nslug: acme\nengagement:\n  start: 2026-01-05\n  end: 2026-06-30\n${site}`,
	);
	await writeFile(join(dir, 'index.mdx'), '---\ntitle: Acme handover\nkind: page\n---\n\nDecisions we inherited.\n');
	return project;
}

async function adrFiles(root: string): Promise<string[]> {
	const dir = join(root, 'content', 'acme', 'adr');
	return existsSync(dir) ? (await readdir(dir)).sort() : [];
}

interface Corpus {
	name: string;
	folders: string[];
	adrs: number;
	/** Source paths, as the report prints them, that it must say it skipped. */
	skipped: string[];
	/** `[source path, words the report must say about it]`: the files it changed its mind about. */
	notes: [string, string][];
	/** A page of the built site and a link it must contain. */
	link: [string, string];
	images: string[];
}

const cases: Corpus[] = [
	{
		name: 'adr-tools',
		folders: ['adr-tools'],
		adrs: 9,
		skipped: [],
		notes: [
			['adr-tools/0009-help-scripts.md', 'MDX could not read its HTML'],
			['adr-tools/0001-record-architecture-decisions.md', 'no decision makers in the source'],
		],
		link: ['adr/0009-help-scripts/index.html', 'adr_help'],
		images: [],
	},
	{
		name: 'MADR',
		folders: ['madr'],
		adrs: 19,
		skipped: ['madr/adr-template.md', 'madr/index.md'],
		notes: [
			['madr/0003-provide-own-madr-tools.md', 'status "on hold" read as proposed'],
			[
				'madr/0000-use-markdown-architectural-decision-records.md',
				'the source gives no status; imported as proposed, not assumed accepted',
			],
			['madr/0001-use-CC0-or-MIT-as-license.md', 'dropped front matter keys parent, nav_order'],
			['madr/0008-add-status-field.md', 'rewrote'],
			['madr/0010-support-categories.md', 'escaped 1 character'],
			['madr/0013-use-yaml-front-matter-for-meta-data.md', 'rewrote 1 link to other ADRs as site links'],
		],
		link: ['adr/0008-add-status-field/index.html', 'href="/adr/0013-use-yaml-front-matter-for-meta-data/"'],
		images: [
			'0008-example-badge.png',
			'0008-example-separate-heading.png',
			'0008-example-table.png',
			'0013-example.png',
		],
	},
	{
		name: 'log4brains (two folders)',
		folders: ['log4brains/docs/adr', 'log4brains/packages/core/docs/adr'],
		adrs: 12,
		skipped: ['log4brains/docs/adr/README.md', 'log4brains/docs/adr/index.md', 'log4brains/docs/adr/template.md'],
		notes: [
			[
				'log4brains/docs/adr/20200924-use-markdown-architectural-decision-records.md',
				'numbered ADR-0001 by date order',
			],
			['log4brains/docs/adr/20200925-use-prettier-eslint-airbnb-for-the-code-style.md', 'numbered ADR-0003'],
			[
				'log4brains/docs/adr/20201103-use-lunr-for-search.md',
				'removed the HTML comment after heading "Decision Drivers"',
			],
			[
				'log4brains/packages/core/docs/adr/20201002-use-explicit-architecture-and-ddd-for-the-core-api.md',
				'rewrote 1 link',
			],
		],
		link: [
			'adr/0006-use-explicit-architecture-and-ddd-for-the-core-api/index.html',
			'href="/adr/0002-multi-packages-architecture-in-a-monorepo-with-yarn-and-lerna/"',
		],
		images: [],
	},
];

describe.skipIf(!hasCorpora)('cairn import adr on real ADR folders', () => {
	for (const corpus of cases) {
		describe(corpus.name, () => {
			let project: TempProject;
			let report: { code: number; stdout: string; stderr: string };
			beforeAll(async () => {
				project = await clientProject();
				report = await runCli(['--root', project.root, 'import', 'adr', ...corpus.folders, '--client', 'acme'], {
					cwd: corpora,
				});
			});
			afterAll(async () => {
				await project.remove();
			});

			it('imports every ADR and says what it changed, and what it skipped', async () => {
				expect(report.stderr).toBe('');
				expect(report.code, report.stdout).toBe(0);
				const files = await adrFiles(project.root);
				expect(files.filter((f) => f.endsWith('.mdx'))).toHaveLength(corpus.adrs);
				expect(files.filter((f) => !f.endsWith('.mdx'))).toEqual(corpus.images);
				const lines = report.stdout.trim().split('\n');
				for (const path of corpus.skipped) expect(lines).toContainEqual(expect.stringMatching(`^${path}: skipped, `));
				for (const [path, words] of corpus.notes) {
					expect(lines.filter((line) => line.startsWith(`${path} → `)).join('\n'), path).toContain(words);
				}
				// Every Markdown file of the folders is accounted for: imported or skipped.
				const sources = new Set(lines.slice(0, -1).map((line) => line.split(/ → |: skipped/)[0]));
				expect(sources.size).toBe(corpus.adrs + corpus.skipped.length);
				expect(lines.at(-1)).toMatch(
					new RegExp(
						`^Imported ${corpus.adrs} ADRs.* into content/acme/adr/ .*; ${corpus.skipped.length} files? skipped`,
					),
				);
			});

			it('passes cairn check and builds, with links between ADRs working', async () => {
				const check = await runCli(['--root', project.root, 'check', '--client', 'acme']);
				expect(check.code, check.stdout).toBe(0);
				expect(check.stdout).toMatch(/\b0 errors|no problems/);
				const build = await runCli(['--root', project.root, 'build', '--client', 'acme']);
				expect(build.code, build.stderr).toBe(0);
				// A page per ADR and the home page, at least (the site may add views of its own).
				const pages = Number(/Built acme \(team\): (\d+) pages/.exec(build.stdout)?.[1]);
				expect(pages).toBeGreaterThanOrEqual(corpus.adrs + 1);
				const site = join(project.root, 'dist', 'acme', 'team');
				for (const file of await adrFiles(project.root)) {
					if (file.endsWith('.mdx'))
						expect(existsSync(join(site, 'adr', file.replace(/\.mdx$/, ''), 'index.html')), file).toBe(true);
				}
				const [page, link] = corpus.link;
				expect(await readFile(join(site, page), 'utf8')).toContain(link);
			});
		});
	}
});

describe('cairn import adr on the real folders of test/fixtures/adr-folders', () => {
	for (const testCase of adrFolderCases()) {
		it(`${testCase.name}: the dry run writes nothing; the import passes cairn check with 0 errors`, async () => {
			const project = await clientProject();
			try {
				const cwd = join(adrFoldersDir, testCase.name);
				const args = ['--root', project.root, 'import', 'adr', testCase.folder, '--client', 'acme'];
				const dry = await runCli([...args, '--dry-run'], { cwd });
				expect(dry.code, dry.stderr).toBe(0);
				expect(dry.stdout).toMatch(/^file +id +title +status ← source +date ← source +relations$/m);
				expect(dry.stdout.trim().split('\n').at(-1)).toMatch(/^Dry run, nothing written\. Would import \d+ ADRs/);
				expect(await adrFiles(project.root)).toEqual([]);

				const json = await runCli([...args, '--dry-run', '--format', 'json', '--from', 'auto'], { cwd });
				const files = (JSON.parse(json.stdout) as { files: { action: string }[] }).files;
				expect(files.filter((f) => f.action === 'write')).toHaveLength(Object.keys(testCase.records).length);

				const imported = await runCli(args, { cwd });
				expect(imported.code, imported.stdout).toBe(0);
				const written = await adrFiles(project.root);
				expect(written.filter((f) => f.endsWith('.mdx'))).toHaveLength(Object.keys(testCase.records).length);
				const check = await runCli(['--root', project.root, 'check', '--client', 'acme']);
				const errors = check.stdout.split('\n').filter((line) => /^\S+:\d+:\d+ error /.test(line));
				const expected = testCase.checkErrors ?? [];
				expect(
					errors.map((line, index) => line.slice(0, expected[index]?.length)),
					check.stdout,
				).toEqual(expected);
				expect(check.code, check.stdout).toBe(expected.length ? 1 : 0);
			} finally {
				await project.remove();
			}
		});
	}
});

describe('cairn import adr: mistakes on the command line', () => {
	const madr = join(fixturesDir, 'import', 'madr');
	let project: TempProject;
	beforeAll(async () => {
		project = await clientProject();
	});
	afterAll(async () => {
		await project.remove();
	});
	const run = (...args: string[]) => runCli(['--root', project.root, 'import', 'adr', ...args]);
	const oneLine = (result: { code: number; stderr: string; stdout: string }) => {
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		return result.stderr.trim();
	};

	it('refuses an unknown client, naming the ones there are', async () => {
		expect(oneLine(await run(madr, '--client', 'acmee'))).toMatch(/There is no client "acmee" .*Did you mean "acme"\?/);
		expect(await adrFiles(project.root)).toEqual([]);
	});

	it('refuses a slug that could leave the content folder', async () => {
		for (const slug of ['../acme', 'acme/adr', 'a\\b']) {
			expect(oneLine(await run(madr, '--client', slug)), slug).toContain('is not a client slug');
		}
		expect(await adrFiles(project.root)).toEqual([]);
	});

	it('refuses a folder that does not exist, or holds no Markdown', async () => {
		expect(oneLine(await run(join(madr, 'nope'), '--client', 'acme'))).toContain('There is no folder');
		const empty = await mkdtemp(join(tmpdir(), 'cairn-empty-'));
		try {
			expect(oneLine(await run(empty, '--client', 'acme'))).toContain('holds no Markdown (.md) files');
		} finally {
			await rm(empty, { recursive: true, force: true });
		}
		expect(await adrFiles(project.root)).toEqual([]);
	});

	it('refuses to overwrite a file, and writes nothing at all', async () => {
		const existing = join(project.root, 'content', 'acme', 'adr', '0002-cache-layer.mdx');
		await mkdir(join(project.root, 'content', 'acme', 'adr'), { recursive: true });
		// A record renumbered by hand: its number is free, its file name is not.
		const mine = '---\ntitle: Cache\nkind: adr\nid: ADR-0042\nstatus: proposed\n---\n\nMine.\n';
		await writeFile(existing, mine);
		try {
			expect(oneLine(await run(madr, '--client', 'acme'))).toContain(
				'content/acme/adr/0002-cache-layer.mdx already exists, and the import never overwrites a file',
			);
			expect(await readFile(existing, 'utf8')).toBe(mine);
			expect(await adrFiles(project.root)).toEqual(['0002-cache-layer.mdx']);
		} finally {
			await rm(existing);
		}
	});

	it('refuses a number the client already uses', async () => {
		const existing = join(project.root, 'content', 'acme', 'adr', '0004-use-kafka.mdx');
		await writeFile(existing, '---\ntitle: Use Kafka\nkind: adr\nid: ADR-0004\nstatus: proposed\n---\n\nText.\n');
		try {
			expect(oneLine(await run(madr, '--client', 'acme'))).toContain('ADR-0004 already exists');
			expect(await adrFiles(project.root)).toEqual(['0004-use-kafka.mdx']);
		} finally {
			await rm(existing);
		}
	});

	it('imports the fixture into a client with a base path, and the result checks', async () => {
		const based = await clientProject('/handover');
		try {
			const result = await runCli(['--root', based.root, 'import', 'adr', madr, '--client', 'acme', '--from', 'madr']);
			expect(result.code, result.stderr).toBe(0);
			const text = await readFile(join(based.root, 'content', 'acme', 'adr', '0004-rest-api.mdx'), 'utf8');
			expect(text).toContain('[ADR-0003](/handover/adr/0003-soap-api/)');
			const check = await runCli(['--root', based.root, 'check', '--client', 'acme']);
			// The fixture keeps one link to a file that was not imported: a warning to resolve, not an error.
			expect(check.code, check.stdout).toBe(0);
			expect(check.stdout).toContain('0002-cache-layer.mdx');
			expect(check.stdout).toContain('which the import left as the source repository wrote it');
			expect(check.stdout).toMatch(/\b0 errors/);
		} finally {
			await based.remove();
		}
	});
});
