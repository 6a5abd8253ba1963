// The handover, as a client's team would meet it: export larkspur from a project that also holds
// tidewater (with a git history of its own), clone the export, and run its README's two commands
// with the machine's own (old) Node first on PATH. The export must build and pass its own tests,
// keep the dates documents last changed, and hold nothing of tidewater and nothing of the
// project's history. And the loose ends a CTO checks in the last week are listed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { gunzipSync, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changeDates } from '../../src/lib/git-dates-fs.ts';
import { inAudience } from '../../src/core/audiences.ts';
import { loadClient } from '../../src/lib/project-fs.ts';
import { runCli, type CliResult } from '../helpers/cli.ts';
import { engineRoot } from '../helpers/paths.ts';
import { tempProject, type TempProject } from '../helpers/project.ts';

const CANARY = 'kestrelhandovercanary';

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
	const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
	if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
	return result.stdout;
}

/** The PATH of the machine, without the Node Cairn fetched for itself: a newcomer's shell. */
function machinePath(): string {
	return (process.env.PATH ?? '')
		.split(delimiter)
		.filter((dir) => !dir.includes('cairn-node') && !dir.startsWith(join(engineRoot, 'node_modules')))
		.join(delimiter);
}

/**
 * Runs an npm script in `cwd` as a newcomer would: the machine's Node (or the Node in `nodeDir`,
 * put first on PATH), no CI shortcuts.
 */
function npm(cwd: string, script: string, nodeDir?: string): Promise<CliResult> {
	const path = nodeDir ? `${nodeDir}${delimiter}${machinePath()}` : machinePath();
	return new Promise((resolve, reject) => {
		const child = spawn('npm', script === 'test' ? ['test'] : ['run', script], {
			cwd,
			env: { ...process.env, PATH: path, NO_COLOR: '1', CAIRN_TODAY: '2026-11-24' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
	});
}

/** Every byte of a folder as text, gzip and git objects opened, tarballs included. */
async function everyByte(dir: string): Promise<{ path: string; text: string }[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return Promise.all(
		entries
			.filter((entry) => entry.isFile())
			.map(async (entry) => {
				const path = join(entry.parentPath, entry.name);
				let bytes = await readFile(path);
				if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
				else if (path.includes(join('.git', 'objects')) && bytes[0] === 0x78) bytes = inflateSync(bytes);
				return { path: path.slice(dir.length + 1), text: bytes.toString('latin1') };
			}),
	);
}

/** The dates under "Recently changed" on a built home page. */
function recentDates(html: string): string[] {
	const section = html.slice(html.indexOf('id="cairn-recent"'));
	return [...section.slice(0, section.indexOf('</ul>')).matchAll(/<time datetime="([\d-]+)"/g)].map((m) => m[1] ?? '');
}

describe('cairn handover larkspur', () => {
	let project: TempProject;
	let scratch: string;
	let out: string;
	let clone: string;
	let exported: CliResult;

	beforeAll(async () => {
		project = await tempProject();
		scratch = await mkdtemp(join(tmpdir(), 'cairn-handover-'));
		out = join(scratch, 'larkspur-docs');
		clone = join(scratch, 'clone');
		for (const client of ['larkspur', 'tidewater']) {
			await cp(join(engineRoot, 'content', client), join(project.root, 'content', client), { recursive: true });
		}
		await appendFile(join(project.root, 'content/tidewater/index.mdx'), `\n${CANARY}\n`);
		// Alerting rules in the CTO's repository, outside the client folder, defining every alert the
		// runbooks name: they go along, so that the handover repository's own tests compare them too.
		const runbooks = join(project.root, 'content/larkspur/runbooks');
		const alerts = new Set<string>();
		for (const file of await readdir(runbooks)) {
			const listed = /^alerts: \[(.*)\]$/m.exec(await readFile(join(runbooks, file), 'utf8'));
			for (const name of listed?.[1]?.split(',') ?? []) if (name.trim()) alerts.add(name.trim());
		}
		await mkdir(join(project.root, 'infra/alerts'), { recursive: true });
		const rules = [...alerts].map((name) => `      - alert: ${name}\n        expr: vector(1)\n`).join('');
		await writeFile(
			join(project.root, 'infra/alerts/larkspur.rules.yaml'),
			`groups:\n  - name: larkspur\n    rules:\n${rules}`,
		);
		await appendFile(
			join(project.root, 'content/larkspur/client.yaml'),
			'alerting:\n  rules: [../../infra/alerts/*.rules.yaml]\n',
		);
		// A history: each larkspur folder committed on a day of its own, tidewater last.
		git(project.root, ['init', '-q', '-b', 'main']);
		const folders = (await readdir(join(project.root, 'content/larkspur'))).sort();
		for (const [i, folder] of [...folders.map((f) => `content/larkspur/${f}`), 'content/tidewater'].entries()) {
			const date = `2026-0${String(1 + Math.floor(i / 9))}-${String(10 + (i % 9)).padStart(2, '0')}T12:00:00Z`;
			git(project.root, ['add', folder]);
			const env = { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
			git(project.root, ['-c', 'user.name=CTO', '-c', 'user.email=cto@example.com', 'commit', '-q', '-m', folder], env);
		}
		exported = await runCli(['--root', project.root, 'handover', 'larkspur', '--out', out]);
	});

	afterAll(async () => {
		await rm(scratch, { recursive: true, force: true });
		await project.remove();
	});

	it('writes a repository of its own: documents, the packed generator, README, tests and deploy recipes', async () => {
		expect(exported.code, exported.stderr).toBe(0);
		expect(exported.stdout).toMatch(
			/Wrote \d+ files and one commit to .*larkspur-docs, with the generator in vendor\/cairn-[\d.]+\.tgz\./,
		);
		const top = (await readdir(out)).sort();
		expect(top).toEqual([
			'.git',
			'.github',
			'.gitignore',
			'README.md',
			'content',
			'infra',
			'netlify.toml',
			'package-lock.json',
			'package.json',
			'scripts',
			'vendor',
		]);
		expect(await readdir(join(out, 'content'))).toEqual(['larkspur']);
		expect(await readdir(join(out, 'infra/alerts'))).toEqual(['larkspur.rules.yaml']);
		const readme = await readFile(join(out, 'README.md'), 'utf8');
		for (const words of [
			'npm run build',
			'npm test',
			'npx cairn new adr --client larkspur',
			'GitHub Pages',
			'Cloudflare Pages',
			'Netlify',
			'Upgrading Cairn',
			'npx cairn pdf --client larkspur',
		]) {
			expect(readme).toContain(words);
		}
		expect(git(out, ['rev-list', '--all']).trim().split('\n')).toHaveLength(1);
	});

	it('holds nothing of tidewater, in any byte (the packed generator and git objects opened), and no object of the project’s history', async () => {
		const files = await everyByte(out);
		// The search reads inside them: the generator's files in the tarball, the documents in git's objects.
		expect(files.some((f) => f.path.startsWith('vendor/') && f.text.includes('package/src/cli/main.ts'))).toBe(true);
		expect(files.some((f) => f.path.startsWith('.git/objects/') && f.text.includes('Larkspur Health'))).toBe(true);
		for (const needle of ['tidewater', CANARY]) {
			expect(
				files.filter((f) => f.text.toLowerCase().includes(needle)).map((f) => f.path),
				needle,
			).toEqual([]);
		}
		const ours = git(project.root, ['rev-list', '--all', '--objects'])
			.split('\n')
			.map((line) => line.split(' ')[0])
			.filter(Boolean);
		const check = spawnSync('git', ['cat-file', '--batch-check'], {
			cwd: out,
			input: ours.join('\n'),
			encoding: 'utf8',
		});
		const found = check.stdout.split('\n').filter((line) => line && !line.endsWith('missing'));
		// Identical files and folders are the same blobs and trees by nature (git names objects by their
		// content); a commit of the history is not, and none may be there.
		expect(found.filter((line) => line.includes(' commit '))).toEqual([]);
		expect(found.length).toBeLessThan(ours.length);
	});

	it('builds and passes its own tests from a fresh clone, with only the README’s two commands and the machine’s Node', async () => {
		git(scratch, ['clone', '-q', out, clone]);
		const build = await npm(clone, 'build');
		expect(build.code, build.stderr + build.stdout).toBe(0);
		expect(build.stdout + build.stderr).not.toContain('EBADENGINE');
		expect(existsSync(join(clone, 'dist/larkspur/team/index.html'))).toBe(true);
		expect(existsSync(join(clone, 'dist/larkspur/investor/index.html'))).toBe(true);
		const test = await npm(clone, 'test');
		expect(test.code, test.stderr + test.stdout).toBe(0);
		expect(test.stdout).toMatch(/Verified larkspur \(team\): a page for each of \d+ documents/);
		expect(test.stdout).toMatch(/Verified larkspur \(investor\): .* nothing of the \d+ documents left out\./);
	});

	it('builds and passes its own tests on Node 24 too, from another fresh clone', async () => {
		// The tests themselves run on the Node Cairn fetched (24); put it first on PATH.
		expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
		const clone24 = join(scratch, 'clone-node24');
		git(scratch, ['clone', '-q', out, clone24]);
		const build = await npm(clone24, 'build', dirname(process.execPath));
		expect(build.code, build.stderr + build.stdout).toBe(0);
		expect(build.stdout + build.stderr).not.toContain('EBADENGINE');
		const test = await npm(clone24, 'test', dirname(process.execPath));
		expect(test.code, test.stderr + test.stdout).toBe(0);
		expect(test.stdout).toMatch(/Verified larkspur \(team\): a page for each of \d+ documents/);
	});

	it('runs its GitHub Actions workflow’s commands: the site built under the repository’s path for GitHub Pages', async () => {
		const workflow = parse(await readFile(join(clone, '.github/workflows/site.yml'), 'utf8')) as {
			env: Record<string, string>;
			jobs: { build: { steps: { run?: string; uses?: string; with?: { path?: string } }[] } };
		};
		const steps = workflow.jobs.build.steps;
		const runs = steps.flatMap((step) => (step.run ? [step.run] : []));
		expect(runs).toEqual([
			'npm install --no-audit --no-fund',
			'npm audit --omit=dev --audit-level=high',
			'npm test',
			'npm run build -- --base "$CAIRN_PAGES_BASE"',
		]);
		expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe(
			'dist/larkspur/team',
		);
		// The install and the tests ran above; the audit needs the public registry (ours answers 405).
		const base = (workflow.env.CAIRN_PAGES_BASE ?? '').replace('${{ github.event.repository.name }}', 'larkspur-docs');
		const build = await new Promise<CliResult>((resolve, reject) => {
			const child = spawn('bash', ['-c', runs[3] ?? ''], {
				cwd: clone,
				env: { ...process.env, PATH: machinePath(), CAIRN_PAGES_BASE: base, CAIRN_TODAY: '2026-11-24' },
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			let output = '';
			child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.on('error', reject);
			child.on('close', (code) => resolve({ code: code ?? 1, stdout: output, stderr: '' }));
		});
		expect(build.code, build.stdout).toBe(0);
		const home = await readFile(join(clone, 'dist/larkspur/team/index.html'), 'utf8');
		expect(home, build.stdout).toContain('href="/larkspur-docs/adr/"');
		expect(home).not.toMatch(/href="\/adr\//);
	});

	it('keeps the dates the site shows under Recently changed', async () => {
		const loaded = await loadClient(project.root, 'larkspur');
		const team = loaded.documents.filter((d) => d.data && inAudience(d.data.audience, 'team'));
		const dates = changeDates(
			loaded.dir,
			team.map((d) => d.path),
		).dates;
		const before = team
			.map((d) => dates[d.path] ?? '')
			.sort()
			.reverse()
			.slice(0, 6);
		const after = recentDates(await readFile(join(clone, 'dist/larkspur/team/index.html'), 'utf8'));
		expect(after).toEqual(before);
		expect(after[0]).toMatch(/^2026-0[1-5]-/);
	});

	it('refuses a folder that is not empty, or one inside content/, writing nothing', async () => {
		const full = join(scratch, 'full');
		await mkdir(full);
		await writeFile(join(full, 'mine.txt'), 'mine');
		const refused = await runCli(['--root', project.root, 'handover', 'larkspur', '--out', full]);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain('is not empty');
		expect(await readdir(full)).toEqual(['mine.txt']);
		const inside = await runCli([
			'--root',
			project.root,
			'handover',
			'larkspur',
			'--out',
			join(project.root, 'content', 'export'),
		]);
		expect(inside.code).toBe(2);
		expect(inside.stderr).toContain('is inside content/');
		expect(existsSync(join(project.root, 'content', 'export'))).toBe(false);

		// Rules in another client's folder never go along into this client's repository.
		const clientYaml = join(project.root, 'content/larkspur/client.yaml');
		const before = await readFile(clientYaml, 'utf8');
		await writeFile(join(project.root, 'content/tidewater/alerts.yaml'), 'groups: []\n');
		await writeFile(clientYaml, before.replace('[../../infra/alerts/*.rules.yaml]', '[../tidewater/alerts.yaml]'));
		try {
			const elsewhere = join(scratch, 'elsewhere');
			const theirs = await runCli(['--root', project.root, 'handover', 'larkspur', '--out', elsewhere]);
			expect(theirs.code, theirs.stderr).toBe(2);
			expect(theirs.stderr).toContain(
				"The alerting rules content/tidewater/alerts.yaml (alerting.rules in client.yaml) lie outside this repository, or in another client's folder",
			);
			expect(existsSync(elsewhere)).toBe(false);
		} finally {
			await writeFile(clientYaml, before);
		}
	});
});

describe('cairn handover --check', () => {
	it('lists the demo’s loose ends with their files, and exits 1 with --strict', async () => {
		const result = await runCli(['handover', 'larkspur', '--check'], { env: { CAIRN_TODAY: '2026-11-24' } });
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(
			'content/larkspur/runbooks/clinician-web-audit-export-failed.mdx:16:15 warning lastReviewed: review overdue',
		);
		expect(result.stdout).toContain(
			'content/larkspur/runbooks/device-ingest-late-readings.mdx:18:15 warning lastReviewed: review overdue',
		);
		expect(result.stdout).toMatch(
			/content\/larkspur\/plan\/first-90-days\.mdx:\d+:\d+ warning items\[\d+\]\.due: ".*" was due 2026-0\d-\d\d and is not done/,
		);
		expect(result.stdout).toMatch(/\d+ loose ends to tie before handing over larkspur\.$/m);
		const strict = await runCli(['handover', 'larkspur', '--check', '--strict'], {
			env: { CAIRN_TODAY: '2026-11-24' },
		});
		expect(strict.code).toBe(1);
	});
});
