// The command line as a user meets it: help, bad arguments, content errors stopping a build
// before Astro starts, and a failed build leaving the previous site in place.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { runCli } from '../helpers/cli.ts';
import { engineRoot, fixturesDir } from '../helpers/paths.ts';
import { stageDir } from '../../src/cli/astro-run.ts';
import { installRoot } from '../../src/lib/install.ts';
import { filesContaining, readSiteFiles } from '../helpers/site-files.ts';
import { tempProject, type TempProject } from '../helpers/project.ts';

describe('cairn command line', () => {
	it('lists its commands, each with its own help', async () => {
		const help = await runCli(['--help']);
		expect(help.code).toBe(0);
		for (const command of ['build', 'check', 'dev', 'preview']) expect(help.stdout).toContain(command);
		const buildHelp = await runCli(['build', '--help']);
		expect(buildHelp.code).toBe(0);
		expect(buildHelp.stdout).toContain('--client <slug>');
	});

	it('refuses an unknown command or option with exit code 2, and the code of its page in docs/problems.md', async () => {
		expect((await runCli(['biuld'])).code).toBe(2);
		const option = await runCli(['build', '--cleint', 'x']);
		expect(option.code).toBe(2);
		expect(option.stderr).toMatch(/^error: unknown option '--cleint'.* \[BadCommandLine\]$/m);
		const missing = await runCli(['new', 'adr', '--client', 'x']);
		expect(missing.stderr).toMatch(/^error: required option '--title <title>' not specified \[BadCommandLine\]$/m);
	});

	it('refuses a client slug that could leave the content folder, writing nothing', async () => {
		const project = await tempProject('one-client');
		try {
			for (const slug of ['../solo', 'solo/adr', 'a\\b']) {
				const result = await runCli(['--root', project.root, 'build', '--client', slug]);
				expect(result.code, slug).toBe(2);
				expect(result.stderr.trim().split('\n'), slug).toHaveLength(1);
				expect(result.stderr).toContain('is not a client slug');
				expect(result.stderr.trim()).toMatch(/ \[BadClientSlug\]$/);
			}
			expect(existsSync(join(project.root, 'dist'))).toBe(false);
		} finally {
			await project.remove();
		}
	});

	it('refuses an investor site for a client that has none, and skips such clients when building all', async () => {
		const project = await tempProject('two-clients');
		try {
			const one = await runCli(['--root', project.root, 'build', '--client', 'alpha', '--audience', 'investor']);
			expect(one.code).toBe(2);
			expect(one.stderr.trim().split('\n').at(-1)).toBe(
				'cairn: The client alpha has no investor site. Add "investor: {}" (with its url and base, if known) to its client.yaml. [NoInvestorSite]',
			);
			const all = await runCli(['--root', project.root, 'build', '--audience', 'investor']);
			expect(all.code, all.stderr).toBe(0);
			expect(all.stdout).toContain('alpha has no investor site, so none is built');
			expect(all.stdout).toContain('beta has no investor site, so none is built');
			expect(existsSync(join(project.root, 'dist'))).toBe(false);
		} finally {
			await project.remove();
		}
	});

	it('names the clients when asked for one that does not exist', async () => {
		const result = await runCli(['--root', join(fixturesDir, 'two-clients'), 'check', '--client', 'alpah']);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/^cairn: There is no client "alpah" .*\(clients: alpha, beta\)\. Did you mean "alpha"\? \[UnknownClient\]$/m,
		);
	});
});

describe('cairn check', () => {
	const broken = join(fixturesDir, 'broken');

	it('reports every problem of every file at once, sorted, and exits 1', async () => {
		const result = await runCli(['--root', broken, 'check']);
		expect(result.code).toBe(1);
		expect(result.stdout.trim().split('\n')).toEqual([
			expect.stringMatching(/^content\/acme\/adr\/0001-queue\.mdx:5:9 error status: .*got "aproved".* \[NotOneOf\]$/),
			expect.stringMatching(/^content\/acme\/adr\/0001-queue\.mdx:6:7 error date: not a real date/),
			expect.stringMatching(/^content\/acme\/client\.yaml:6:1 error accent: /),
			expect.stringMatching(/^content\/acme\/runbooks\/api\.mdx:3:7 error kind: unknown kind "runbok"/),
			'3 documents checked: 4 errors and 0 warnings in 3 files.',
		]);
	});

	it('emits the same problems as JSON', async () => {
		const result = await runCli(['--root', broken, 'check', '--format', 'json']);
		expect(result.code).toBe(1);
		const report = JSON.parse(result.stdout) as {
			errors: number;
			problems: { file: string; line: number; code: string }[];
		};
		expect(report.errors).toBe(4);
		expect(report.problems.map((p) => `${p.file}:${p.line} ${p.code}`)).toEqual([
			'content/acme/adr/0001-queue.mdx:5 NotOneOf',
			'content/acme/adr/0001-queue.mdx:6 InvalidValue',
			'content/acme/client.yaml:6 InvalidValue',
			'content/acme/runbooks/api.mdx:3 UnknownKind',
		]);
	});

	it('reports ten different mistakes in six files in one run, each at its line and column', async () => {
		const result = await runCli(['--root', join(fixturesDir, 'ten-mistakes'), 'check'], {
			env: { CAIRN_TODAY: '2026-04-01' },
		});
		expect(result.code).toBe(1);
		expect(result.stdout).toMatchInlineSnapshot(`
			"content/acme/adr/0001-use-postgres.mdx:5:9 error status: expected one of proposed, accepted, rejected, deprecated, superseded; got "aproved" — did you mean "accepted"? [NotOneOf]
			content/acme/adr/0001-use-postgres.mdx:6:7 error date: not a real date (February 2026 has 28 days); got "2026-02-30" [InvalidValue]
			content/acme/adr/0002-use-redis.mdx:6:14 error supersedes[0]: there is no ADR-0009 in this client — did you mean "ADR-0002"? [UnknownAdr]
			content/acme/adr/0002-use-redis.mdx:7:1 error decisionMaker: unknown field "decisionMaker" — did you mean "decisionMakers"? [UnknownField]
			content/acme/adr/0002-use-redis.mdx:10:15 error not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` — in MDX write \\{ and \\} for literal braces, &lt; for a literal <, and {/* … */} for a comment [MdxSyntax]
			content/acme/client.yaml:6:1 error accent: expected a hex colour such as "#2f6f5e" (in quotes: an unquoted # starts a YAML comment); got an empty value [InvalidValue]
			content/acme/guides/onboarding.mdx:6:27 error links to /adr/0003-use-kafka/, which is not a page of this site — did you mean "/adr/0002-use-redis/"? [BrokenLink]
			content/acme/roadmap/2026.mdx:14:12 error items[0].adrs[0]: there is no ADR-0007 in this client — did you mean "ADR-0002"? [UnknownAdr]
			content/acme/runbooks/api-down.mdx:5:11 error severity: expected one of sev1, sev2, sev3, sev4; got "critical" [NotOneOf]
			content/acme/runbooks/api-down.mdx:7:14 error dashboards[0]: expected an address starting with https://, such as https://grafana.example.com/d/abc; got "grafana/d/api" [InvalidValue]
			5 documents checked: 10 errors and 0 warnings in 6 files.
			"
		`);
	});

	it('passes a clean client with exit 0', async () => {
		const result = await runCli(['--root', join(fixturesDir, 'two-clients'), 'check'], {
			env: { CAIRN_TODAY: '2026-04-01' },
		});
		expect(result.stdout.trim()).toBe('8 documents checked: no problems.');
		expect(result.code).toBe(0);
	});
});

describe('cairn build', () => {
	let project: TempProject;
	beforeAll(async () => {
		project = await tempProject('one-client');
	});
	afterAll(async () => {
		await project.remove();
	});
	const site = () => join(project.root, 'dist', 'solo', 'team');

	it('stops before Astro when the content has errors, and builds nothing', async () => {
		const broken = await tempProject('broken');
		try {
			const result = await runCli(['--root', broken.root, 'build']);
			expect(result.code).toBe(1);
			expect(result.stderr).toContain('content/acme/adr/0001-queue.mdx:5:9 error status');
			expect(result.stderr).toContain('acme was not built: fix the 4 errors above, then build again.');
			expect(result.stdout).not.toContain('Building');
			expect(existsSync(join(broken.root, 'dist'))).toBe(false);
		} finally {
			await broken.remove();
		}
	});

	it('keeps the previous site when a build fails, and leaves no temporary folders', async () => {
		const first = await runCli(['--root', project.root, 'build']);
		expect(first.code, first.stderr).toBe(0);
		expect(first.stdout).toMatch(
			/Built solo \(team\): 7 pages with a search index in dist\/solo\/team\/ \(\d+\.\d s\)\./,
		);
		expect(await readFile(join(site(), 'index.html'), 'utf8')).toContain('First edition');

		// Valid frontmatter and valid MDX, so the check passes, but an expression fails when the page
		// is rendered, in the middle of Astro's build.
		const page = join(project.root, 'content', 'solo', 'index.mdx');
		await writeFile(page, (await readFile(page, 'utf8')).replace('First edition', 'Second edition {[].first.name}'));
		const second = await runCli(['--root', project.root, 'build']);
		expect(second.code).toBe(1);
		expect(second.stderr).toContain("Cannot read properties of undefined (reading 'name')");
		expect(second.stderr).toContain('The page / is built from content/solo/index.mdx.');
		expect(second.stderr).toContain('The previous site in dist/solo/team/ is unchanged.');
		expect(second.stderr).not.toMatch(/^\s+at /m);
		expect(await readFile(join(site(), 'index.html'), 'utf8')).toContain('First edition');
		expect(await readdir(join(project.root, 'dist', 'solo'))).toEqual(['team']);
	});
});

describe('diagrams in a build', () => {
	const page = (diagram: string) =>
		['---', 'title: Flow', 'kind: page', '---', 'How a request flows:', '', '```mermaid', diagram, '```', ''].join(
			'\n',
		);

	it.skipIf(!hasChromium)(
		'stops on a diagram Mermaid cannot read, at its file and line, and keeps the previous site',
		async () => {
			const project = await tempProject('one-client');
			try {
				const file = join(project.root, 'content/solo/guides/flow.mdx');
				await mkdir(join(project.root, 'content/solo/guides'), { recursive: true });
				await writeFile(file, page('flowchart LR\n  A[Client] --> B[API]'));
				const first = await runCli(['--root', project.root, 'build']);
				expect(first.code, first.stderr).toBe(0);
				const built = await readFile(join(project.root, 'dist/solo/team/guides/flow/index.html'), 'utf8');
				expect(built).toContain('<figure class="cairn-diagram" role="img" aria-label="Flowchart">');

				await writeFile(file, page('flowchart LR\n  A[Client] --> B[API]\n  B -->> C['));
				const second = await runCli(['--root', project.root, 'build']);
				expect(second.code).toBe(1);
				const line = second.stderr.split('\n').find((text) => text.includes('[DiagramSyntax]'));
				expect(line).toMatch(
					/^content\/solo\/guides\/flow\.mdx:10:1 error Mermaid cannot read this diagram: Parse error on line 3, near ".*C\[" — fix its syntax/,
				);
				expect(second.stderr).toContain('The previous site in dist/solo/team/ is unchanged.');
				expect(second.stderr).not.toMatch(/^\s+at /m);
				expect(await readFile(join(project.root, 'dist/solo/team/guides/flow/index.html'), 'utf8')).toBe(built);
			} finally {
				await project.remove();
			}
		},
	);

	it('stops, in one line, when the Chromium it finds does not start, and says what to do', async () => {
		const project = await tempProject('one-client');
		try {
			// A "Chromium" that fails as one missing a library does; a diagram no other test draws, so
			// that it is not in the cache of drawings.
			const chromium = join(project.root, 'chromium');
			const missing = 'chromium: error while loading shared libraries: libnss3.so: cannot open shared object file';
			await writeFile(chromium, `#!/bin/sh\necho "${missing}" >&2\nexit 127\n`, { mode: 0o755 });
			await mkdir(join(project.root, 'content/solo/guides'), { recursive: true });
			const diagram = `flowchart LR\n  A[Client ${Date.now()}] --> B`;
			await writeFile(join(project.root, 'content/solo/guides/flow.mdx'), page(diagram));
			const result = await runCli(['--root', project.root, 'build'], { env: { CHROMIUM_PATH: chromium } });
			expect(result.code).toBe(1);
			const lines = result.stderr.split('\n').filter((text) => text.includes('[ChromiumDidNotStart]'));
			expect(lines).toEqual([
				`The Chromium that draws Mermaid diagrams, ${chromium}, did not start: ${missing}. Reinstall it (Debian: apt-get install chromium), point CHROMIUM_PATH at one that starts, or set CHROMIUM_PATH=none to let the pages draw their diagrams in the browser. [ChromiumDidNotStart]`,
			]);
			expect(result.stderr).not.toMatch(/^\s+at /m);
			expect(existsSync(join(project.root, 'dist/solo/team'))).toBe(false);

			// CHROMIUM_PATH=none: the pages draw it.
			const drawnByPages = await runCli(['--root', project.root, 'build'], { env: { CHROMIUM_PATH: 'none' } });
			expect(drawnByPages.code, drawnByPages.stderr).toBe(0);
			expect(await readFile(join(project.root, 'dist/solo/team/guides/flow/index.html'), 'utf8')).toContain(
				'<pre class="mermaid">',
			);
		} finally {
			await project.remove();
		}
	});

	it('says in one line that without Chromium the pages draw their diagrams, and builds them so', async () => {
		const project = await tempProject('one-client');
		try {
			await mkdir(join(project.root, 'content/solo/guides'), { recursive: true });
			await writeFile(join(project.root, 'content/solo/guides/flow.mdx'), page('flowchart LR\n  A --> B'));
			const result = await runCli(['--root', project.root, 'build'], {
				env: { CHROMIUM_PATH: join(project.root, 'no-chromium-here') },
			});
			expect(result.code, result.stderr).toBe(0);
			const lines = result.stdout.split('\n').filter((text) => text.includes('[DiagramsInBrowser]'));
			expect(lines).toEqual([
				"No Chromium found, so Mermaid diagrams will be drawn by the browser, with Mermaid's JavaScript on their pages. To draw them while building, install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH. [DiagramsInBrowser]",
			]);
			const html = await readFile(join(project.root, 'dist/solo/team/guides/flow/index.html'), 'utf8');
			expect(html).toContain('<pre class="mermaid">flowchart LR\n  A --&gt; B</pre>');
			expect(html).not.toContain('cairn-diagram');
			// And the script that draws it in the browser is there.
			const scripts = (await readSiteFiles(join(project.root, 'dist/solo/team'))).filter((f) => f.path.endsWith('.js'));
			expect(filesContaining(scripts, 'mermaid').length).toBeGreaterThan(0);
		} finally {
			await project.remove();
		}
	});
});

describe('documents compiled once, kept between builds', () => {
	it('reads unchanged documents from the cache, compiles an edited one, and compiles all for a changed setting', async () => {
		const project = await tempProject('one-client');
		const cache = join(installRoot(engineRoot), '.cairn', 'cache', 'mdx');
		const site = basename(stageDir(engineRoot, project.root, 'solo', 'team'));
		const folders = async () => (await readdir(cache)).filter((name) => name.startsWith(`${site}~`));
		const index = () => readFile(join(project.root, 'dist/solo/team/index.html'), 'utf8');
		try {
			expect((await runCli(['--root', project.root, 'build'])).code).toBe(0);
			const [folder, ...others] = await folders();
			expect(others).toEqual([]);
			// The compiled home page, altered in the cache: a build that shows the alteration read it.
			let altered = 0;
			for (const name of await readdir(join(cache, folder ?? ''))) {
				const file = join(cache, folder ?? '', name);
				const text = await readFile(file, 'utf8');
				if (!text.includes('First edition')) continue;
				await writeFile(file, text.replaceAll('First edition', 'Cached edition'));
				altered++;
			}
			expect(altered).toBe(1);
			expect((await runCli(['--root', project.root, 'build'])).code).toBe(0);
			expect(await index()).toContain('Cached edition of the solo site.');

			// Another base path changes every compiled link: all compiled again, the old folder gone.
			const rebased = await runCli(['--root', project.root, 'build', '--base', '/handbook/']);
			expect(rebased.code, rebased.stderr).toBe(0);
			expect(await index()).toContain('First edition of the solo site.');
			const [newFolder, ...more] = await folders();
			expect(more).toEqual([]);
			expect(newFolder).not.toBe(folder);

			// An edited document is compiled again.
			const page = join(project.root, 'content/solo/index.mdx');
			await writeFile(page, (await readFile(page, 'utf8')).replace('First edition', 'Second edition'));
			expect((await runCli(['--root', project.root, 'build', '--base', '/handbook/'])).code).toBe(0);
			expect(await index()).toContain('Second edition of the solo site.');
		} finally {
			for (const name of await folders()) await rm(join(cache, name), { recursive: true, force: true });
			await project.remove();
		}
	});
});

describe('a secret in a runbook', () => {
	it('stops the build with its file, line and rule, the value masked, and the previous site untouched', async () => {
		const project = await tempProject('one-client');
		try {
			const first = await runCli(['--root', project.root, 'build']);
			expect(first.code, first.stderr).toBe(0);
			const index = await readFile(join(project.root, 'dist/solo/team/index.html'), 'utf8');
			// Fake secrets, assembled here so that this file holds none.
			const keyId = ['AKIA', 'QX7L2M', 'P4WZ3K', 'R5TV'].join('');
			const secretKey = ['k9Xq2', 'Lm4Rt7', 'Vw8Yz1Ab', '3Cd5Ef6Gh', '0Ij2Kl4Mn6Op'].join('');
			const token = ['ghp_', 'a7B2c9D4e1F6', 'g3H8i5J0k2L7', 'm4N9o6P1q3R8'].join('');
			const runbook = [
				'---',
				'title: Database is down',
				'kind: runbook',
				'service: db',
				'severity: sev1',
				'escalation: [DBA on call]',
				'lastReviewed: 2026-11-01',
				'---',
				'```sh',
				`export AWS_ACCESS_KEY_ID=${keyId}`,
				`export AWS_SECRET_ACCESS_KEY=${secretKey}`,
				'```',
				'',
				`Ask for the deploy token, ${token}, in the vault.`,
				'',
			].join('\n');
			await mkdir(join(project.root, 'content/solo/runbooks'), { recursive: true });
			await writeFile(join(project.root, 'content/solo/runbooks/db.mdx'), runbook);
			const second = await runCli(['--root', project.root, 'build']);
			expect(second.code).toBe(1);
			const lines = second.stderr.split('\n').filter((line) => line.includes('would be published'));
			expect(lines.map((line) => line.replace(/ — .*/, ''))).toEqual([
				'content/solo/runbooks/db.mdx:10:26 error an AWS access key id (AKIA************, rule aws) would be published',
				'content/solo/runbooks/db.mdx:11:30 error an AWS secret access key (k9Xq************, rule aws) would be published',
				'content/solo/runbooks/db.mdx:14:27 error a GitHub token (ghp_************, rule github) would be published',
			]);
			for (const secret of [keyId, secretKey, token]) expect(second.stderr + second.stdout).not.toContain(secret);
			expect(second.stdout).not.toContain('Building');
			expect(await readFile(join(project.root, 'dist/solo/team/index.html'), 'utf8')).toBe(index);
		} finally {
			await project.remove();
		}
	});
});

describe('building several sites', () => {
	it('builds them side by side, one line each as it ends; a failing site stops no other, and the exit code says so', async () => {
		const project = await tempProject('two-clients');
		try {
			const page = join(project.root, 'content', 'alpha', 'index.mdx');
			// Valid for the check, but the page fails to render in Astro.
			await writeFile(page, `${await readFile(page, 'utf8')}\n{[].first.name}\n`);
			const result = await runCli(['--root', project.root, 'build', '--jobs', '2']);
			expect(result.code).toBe(1);
			expect(result.stdout).toMatch(
				/Built beta \(team\): \d+ pages with a search index in dist\/beta\/team\/ \(\d+\.\d s\)\./,
			);
			expect(result.stderr).toContain('Building alpha (team) failed');
			expect(result.stdout).toMatch(/^1 of 2 sites built in \d+\.\d s, 2 at a time; 1 failed \(see above\)\.$/m);
			expect(existsSync(join(project.root, 'dist', 'beta', 'team', 'index.html'))).toBe(true);
			expect(await readdir(join(project.root, 'dist', 'alpha'))).toEqual([]);
			const status = await runCli(['--root', project.root, 'status', '--json']);
			const rows = JSON.parse(status.stdout) as {
				client: string;
				lastBuilds: { audience: string; finishedAt: string | null }[];
			}[];
			expect(rows.map((row) => [row.client, row.lastBuilds.map((b) => b.finishedAt !== null)])).toEqual([
				['alpha', [false]],
				['beta', [true]],
			]);
		} finally {
			await project.remove();
		}
	});
});

describe('two builds at once', () => {
	it('build different clients concurrently without touching each other’s output', async () => {
		const project = await tempProject('two-clients');
		try {
			const [alpha, beta] = await Promise.all([
				runCli(['--root', project.root, 'build', '--client', 'alpha']),
				runCli(['--root', project.root, 'build', '--client', 'beta']),
			]);
			expect(alpha.code, alpha.stderr).toBe(0);
			expect(beta.code, beta.stderr).toBe(0);
			const betaFiles = await readSiteFiles(join(project.root, 'dist', 'beta', 'team'));
			const alphaFiles = await readSiteFiles(join(project.root, 'dist', 'alpha', 'team'));
			expect(filesContaining(betaFiles, 'alphacanaryquill')).toEqual([]);
			expect(filesContaining(alphaFiles, 'betacanarymoss')).toEqual([]);
			expect(filesContaining(alphaFiles, 'alphacanaryquill').length).toBeGreaterThan(0);
			expect(filesContaining(betaFiles, 'betacanarymoss').length).toBeGreaterThan(0);
		} finally {
			await project.remove();
		}
	});

	it('refuses a second build of the same client while one runs', async () => {
		const project = await tempProject('one-client');
		try {
			const [first, second] = await Promise.all([
				runCli(['--root', project.root, 'build']),
				new Promise<Awaited<ReturnType<typeof runCli>>>((resolve) => {
					setTimeout(() => void runCli(['--root', project.root, 'build']).then(resolve), 1500);
				}),
			]);
			expect(first.code, first.stderr).toBe(0);
			expect(second.code).toBe(2);
			expect(second.stderr).toMatch(/Another Cairn process \(pid \d+\) is already working on the team site of solo/);
		} finally {
			await project.remove();
		}
	});
});
