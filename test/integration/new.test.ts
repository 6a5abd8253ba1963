// Scaffolding: every template makes a document that checks and builds, a new ADR takes the next
// number and a superseded record is updated in its frontmatter only, and nothing is overwritten.
import { existsSync } from 'node:fs';
import { cp, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { runCli } from '../helpers/cli.ts';
import { engineRoot } from '../helpers/paths.ts';
import { tempProject, type TempProject } from '../helpers/project.ts';
import { parse as parseYaml } from 'yaml';

const env = { CAIRN_TODAY: '2026-11-24' };

async function listing(dir: string): Promise<string[]> {
	return (await readdir(dir, { recursive: true })).sort();
}

describe('a client scaffolded from the templates', () => {
	let project: TempProject;
	const cli = (...args: string[]) => runCli(['--root', project.root, ...args], { env });
	beforeAll(async () => {
		project = await tempProject();
	});
	afterAll(async () => {
		await project.remove();
	});

	it('creates one document of every kind that checks without a problem and builds', async () => {
		const steps = [
			['new', 'client', 'acme', '--name', 'Acme Health'],
			['new', 'adr', '--client', 'acme', '--title', 'Record decisions as ADRs'],
			[
				'new',
				'adr',
				'--client',
				'acme',
				'--title',
				'Use Postgres',
				'--status',
				'accepted',
				'--decision-makers',
				'Ann Lee, Bo Chen',
			],
			[
				'new',
				'runbook',
				'--client',
				'acme',
				'--title',
				'API is down',
				'--service',
				'api',
				'--severity',
				'sev1',
				'--alert',
				'ApiDown',
			],
			[
				'new',
				'postmortem',
				'--client',
				'acme',
				'--title',
				'API outage',
				'--service',
				'api',
				'--started',
				'2026-11-20 02:10 UTC',
				'--resolved',
				'2026-11-20T04:00+01:00',
			],
			['new', 'roadmap', '--client', 'acme', '--title', 'Roadmap 2027', '--start', '2027-01-01'],
			['new', 'plan', '--client', 'acme', '--title', 'First 90 days'],
			['new', 'architecture', '--client', 'acme', '--title', 'Architecture overview'],
			['new', 'page', '--client', 'acme', '--title', 'Glossary', '--folder', 'guides'],
			['new', 'security', '--client', 'acme', '--title', 'Security baseline'],
			['new', 'debt', '--client', 'acme', '--title', 'Tech-debt register'],
			['new', 'vendor', '--client', 'acme', '--title', 'Observability vendors'],
			['new', 'hiring', '--client', 'acme', '--title', 'Hiring plan 2027', '--start', '2027-Q1'],
			['new', 'budget', '--client', 'acme', '--title', 'Budget 2027', '--start', '2027-01-01'],
		];
		for (const step of steps) {
			const result = await cli(...step);
			expect(result.code, `${step.join(' ')}\n${result.stderr}`).toBe(0);
		}
		expect(await listing(join(project.root, 'content', 'acme'))).toEqual([
			'adr',
			'adr/0001-record-decisions-as-adrs.mdx',
			'adr/0002-use-postgres.mdx',
			'architecture',
			'architecture/architecture-overview.mdx',
			'budget',
			'budget/budget-2027.mdx',
			'client.yaml',
			'debt',
			'debt/tech-debt-register.mdx',
			'guides',
			'guides/glossary.mdx',
			'hiring',
			'hiring/hiring-plan-2027.mdx',
			'index.mdx',
			'plan',
			'plan/first-90-days.mdx',
			'postmortems',
			'postmortems/2026-11-20-api-outage.mdx',
			'roadmap',
			'roadmap/roadmap-2027.mdx',
			'runbooks',
			'runbooks/api-is-down.mdx',
			'security',
			'security/security-baseline.mdx',
			'vendors',
			'vendors/observability-vendors.mdx',
		]);
		const adr = await readFile(join(project.root, 'content/acme/adr/0002-use-postgres.mdx'), 'utf8');
		expect(adr).toContain('id: ADR-0002\nstatus: accepted\n');
		expect(adr).toContain('decisionMakers: [Ann Lee, Bo Chen]\ndate: 2026-11-24\n');
		expect(adr).toMatch(
			/## Context and Problem Statement[\s\S]*## Decision Drivers[\s\S]*## Considered Options[\s\S]*## Decision Outcome[\s\S]*### Consequences[\s\S]*### Confirmation/,
		);

		const check = await cli('check');
		const incident = await readFile(join(project.root, 'content/acme/postmortems/2026-11-20-api-outage.mdx'), 'utf8');
		expect(incident).toContain('services: [api]\n');
		expect(incident).toMatch(/started: .*2026-11-20 02:10 UTC/);

		expect(check.stdout).toBe('14 documents checked: no problems.\n');
		expect(check.code).toBe(0);

		// What an editor sees: the client.yaml's first line names the schema Cairn wrote, and that
		// schema and each kind's accept what the scaffolds wrote (which Cairn's check accepts too).
		const clientYamlPath = join(project.root, 'content/acme/client.yaml');
		const clientYaml = await readFile(clientYamlPath, 'utf8');
		const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(clientYaml);
		expect(modeline).not.toBeNull();
		const clientSchemaPath = join(dirname(clientYamlPath), modeline?.[1] ?? '');
		expect(clientSchemaPath).toBe(join(project.root, '.cairn/schemas/client.schema.json'));
		const ajv = new Ajv({ strict: false, allErrors: true });
		addFormats(ajv);
		const validClient = ajv.compile(JSON.parse(await readFile(clientSchemaPath, 'utf8')) as object);
		expect(validClient(parseYaml(clientYaml)), JSON.stringify(validClient.errors)).toBe(true);
		expect(validClient({ ...(parseYaml(clientYaml) as object), colour: 'red' })).toBe(false);
		expect(validClient.errors?.[0]?.params).toEqual({ additionalProperty: 'colour' });
		for (const file of (await listing(join(project.root, 'content/acme'))).filter((f) => f.endsWith('.mdx'))) {
			const split = splitFrontmatter(await readFile(join(project.root, 'content/acme', file), 'utf8'));
			const data = parseYaml(split.ok ? split.yaml : '') as { kind: string };
			const schemaFile = join(project.root, '.cairn/schemas', `${data.kind}.schema.json`);
			const valid = ajv.compile(JSON.parse(await readFile(schemaFile, 'utf8')) as object);
			expect(valid(data), `${file}: ${JSON.stringify(valid.errors)}`).toBe(true);
			if (data.kind === 'adr') {
				expect(valid({ ...data, status: 'aproved' })).toBe(false);
				expect(valid.errors?.map((e) => e.instancePath)).toContain('/status');
			}
		}

		// Hiring plans and budgets are internal: the internal site has them, the team site not.
		const build = await cli('build', '--audience', 'team', 'internal');
		expect(build.code, build.stderr).toBe(0);
		for (const page of ['security/security-baseline', 'debt/tech-debt-register', 'vendors/observability-vendors']) {
			expect(existsSync(join(project.root, 'dist/acme/team', page, 'index.html')), page).toBe(true);
		}
		for (const page of ['hiring/hiring-plan-2027', 'budget/budget-2027']) {
			expect(existsSync(join(project.root, 'dist/acme/team', page, 'index.html')), page).toBe(false);
			expect(existsSync(join(project.root, 'dist/acme/internal', page, 'index.html')), page).toBe(true);
		}
		for (const page of [
			'adr/0002-use-postgres',
			'runbooks/api-is-down',
			'roadmap/roadmap-2027',
			'plan/first-90-days',
			'architecture/architecture-overview',
			'guides/glossary',
			'postmortems/2026-11-20-api-outage',
			'postmortems',
		]) {
			expect(existsSync(join(project.root, 'dist/acme/team', page, 'index.html')), page).toBe(true);
		}
	});

	it('refuses to overwrite, to use a bad slug or an unknown client, writing nothing', async () => {
		const before = await listing(join(project.root, 'content'));
		for (const args of [
			['new', 'client', 'acme', '--name', 'Again'],
			['new', 'client', 'a/b', '--name', 'Slash'],
			['new', 'runbook', '--client', 'acme', '--title', 'API is down', '--service', 'api'],
			['new', 'adr', '--client', 'acmee', '--title', 'Typo'],
			['new', 'adr', '--client', '..', '--title', 'Up'],
			['new', 'adr', '--client', 'acme', '--title', 'Accepted alone', '--status', 'accepted'],
			['new', 'adr', '--client', 'acme', '--title', 'Replace nothing', '--supersedes', 'ADR-0042'],
			['new', 'runbook', '--client', 'acme', '--title', 'Bad', '--service', 'api', '--severity', 'sev9'],
		]) {
			const result = await cli(...args);
			expect(result.code, args.join(' ')).toBe(2);
			expect(result.stdout, args.join(' ')).toBe('');
		}
		expect(await listing(join(project.root, 'content'))).toEqual(before);
	});
});

describe('a new ADR in the larkspur demo', () => {
	let project: TempProject;
	beforeAll(async () => {
		project = await tempProject();
		await cp(join(engineRoot, 'content', 'larkspur'), join(project.root, 'content', 'larkspur'), { recursive: true });
	});
	afterAll(async () => {
		await project.remove();
	});

	it('takes the next number, supersedes an old one in both records, checks and appears in the site', async () => {
		const oldPath = join(project.root, 'content/larkspur/adr/0017-feature-flags-in-postgres.mdx');
		const oldText = await readFile(oldPath, 'utf8');
		const result = await runCli(
			[
				'--root',
				project.root,
				'new',
				'adr',
				'--client',
				'larkspur',
				'--title',
				'Adopt feature flags',
				'--supersedes',
				'ADR-0017',
			],
			{ env },
		);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toBe(
			'Created content/larkspur/adr/0020-adopt-feature-flags.mdx (ADR-0020)\n' +
				'Marked ADR-0017 superseded by ADR-0020 in content/larkspur/adr/0017-feature-flags-in-postgres.mdx\n',
		);
		const created = await readFile(join(project.root, 'content/larkspur/adr/0020-adopt-feature-flags.mdx'), 'utf8');
		expect(created).toContain('supersedes: [ADR-0017]');

		const newText = await readFile(oldPath, 'utf8');
		const [before, after] = [splitFrontmatter(oldText), splitFrontmatter(newText)];
		if (!before.ok || !after.ok) throw new Error('frontmatter expected');
		expect(after.body).toBe(before.body);
		expect(after.yaml).toContain('status: superseded');
		expect(after.yaml).toContain('supersededBy: ADR-0020');

		const check = await runCli(['--root', project.root, 'check', '--format', 'json'], { env });
		expect(check.code).toBe(0);

		const build = await runCli(['--root', project.root, 'build'], { env });
		expect(build.code, build.stderr).toBe(0);
		const oldPage = await readFile(
			join(project.root, 'dist/larkspur/team/adr/0017-feature-flags-in-postgres/index.html'),
			'utf8',
		);
		expect(oldPage).toMatch(
			/Superseded by <a href="\/adr\/0020-adopt-feature-flags\/">ADR-0020: Adopt feature flags<\/a>/,
		);
		expect(existsSync(join(project.root, 'dist/larkspur/team/adr/0020-adopt-feature-flags/index.html'))).toBe(true);
	});
});
