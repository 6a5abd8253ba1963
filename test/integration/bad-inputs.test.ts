// Runs the bad-input corpus (test/fixtures/bad-inputs/cases.ts): every content case as a client of
// one project, checked with one `cairn check --format json`; every command case as its own
// command. Each must end as its table says — a clear error at its file, line and column, or
// accepted — and nothing may print a stack trace. The run ends with one summary line.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/problems/problem.ts';
import { cases, type BadInput, type CaseFile } from '../fixtures/bad-inputs/cases.ts';
import { runCli, type CliResult } from '../helpers/cli.ts';
import { fixturesDir } from '../helpers/paths.ts';

const STACK_TRACE = /^\s+at .+[(:]\d+/m;

const slugOf = (index: number) => `case-${String(index + 1).padStart(3, '0')}`;
const fill = (text: string, slug: string) => text.replaceAll('{client}', slug);

async function writeCase(root: string, testCase: BadInput, slug: string): Promise<void> {
	const folder = testCase.linkedClient ? join(root, 'elsewhere', slug) : join(root, 'content', slug);
	const files: Record<string, CaseFile> = {
		'client.yaml': `name: Case ${slug}\nslug: ${slug}\nengagement:\n  start: 2026-01-05\n  end: 2026-06-30\n`,
		...testCase.files,
	};
	for (const [path, content] of Object.entries(files)) {
		const target = join(folder, path);
		await mkdir(dirname(target), { recursive: true });
		if (typeof content === 'object' && 'linkTo' in content)
			await symlink(join(root, fill(content.linkTo, slug)), target);
		else await writeFile(target, typeof content === 'string' ? fill(content, slug) : content);
	}
	for (const [path, text] of Object.entries(testCase.outside ?? {})) {
		await mkdir(dirname(join(root, path)), { recursive: true });
		await writeFile(join(root, path), fill(text, slug));
	}
	if (testCase.linkedClient) {
		await mkdir(join(root, 'content'), { recursive: true });
		await symlink(folder, join(root, 'content', slug));
	}
}

interface Report {
	problems: Problem[];
}

const outcomes = { error: 0, accepted: 0, refused: 0 };

describe('the bad-input corpus', () => {
	const contentCases = cases.map((c, i) => ({ ...c, slug: slugOf(i) })).filter((c) => !c.command && !c.page);
	const commandCases = cases.map((c, i) => ({ ...c, slug: slugOf(i) })).filter((c) => c.command);
	const hostileCases = cases.filter((c) => c.page);
	let root: string;
	let check: CliResult;
	let report: Report;

	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'cairn-bad-inputs-'));
		for (const testCase of contentCases) await writeCase(root, testCase, testCase.slug);
		check = await runCli(['--root', root, 'check', '--format', 'json'], { env: { CAIRN_TODAY: '2026-11-24' } });
		report = JSON.parse(check.stdout) as Report;
	});

	afterAll(async () => {
		await rm(root, { recursive: true, force: true });
		const total = outcomes.error + outcomes.accepted + outcomes.refused;
		console.log(
			`${cases.length} bad inputs tried: ${outcomes.error + outcomes.refused} clear errors, ${outcomes.accepted} accepted as intended` +
				(total === cases.length ? '' : ` (${cases.length - total} not as their table says)`),
		);
	});

	it('holds at least 60 cases, each with its expected outcome', () => {
		expect(cases.length).toBeGreaterThanOrEqual(60);
		expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
	});

	it('checks every content case in one run, without a stack trace', () => {
		expect(check.stderr).not.toMatch(STACK_TRACE);
		expect(check.code).toBe(1);
	});

	it.each(contentCases.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
		const prefix = `content/${testCase.slug}`;
		const own = report.problems.filter((p) => p.file === prefix || p.file.startsWith(`${prefix}/`));
		const shown = own.map((p) => `${p.file.slice(prefix.length + 1)}:${p.line}:${p.column} ${p.code}: ${p.message}`);
		if (testCase.expect.outcome === 'accepted') {
			expect(
				own.filter((p) => p.severity === 'error').map((p) => p.message),
				shown.join('\n'),
			).toEqual([]);
			outcomes.accepted++;
		} else if (testCase.expect.outcome === 'error') {
			const { code, at } = testCase.expect;
			const found = own.find(
				(p) => p.code === code && `${p.file.slice(prefix.length + 1)}:${p.line}:${p.column}` === at,
			);
			expect(found, `expected ${code} at ${at}; got:\n${shown.join('\n')}`).toBeDefined();
			expect(found?.message.length).toBeGreaterThan(10);
			outcomes.error++;
		}
	});

	it.each(commandCases.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
		const project = await mkdtemp(join(tmpdir(), 'cairn-bad-command-'));
		try {
			if (testCase.files) await writeCase(project, testCase, testCase.slug);
			const args = (testCase.command ?? []).map((arg) => fill(arg, testCase.slug));
			const result = await runCli(args[0] === '--root' ? args : ['--root', project, ...args], { cwd: project });
			expect(result.stderr).not.toMatch(STACK_TRACE);
			if (testCase.expect.outcome !== 'refused') throw new Error('command cases are refusals');
			const { exit, says, code } = testCase.expect;
			expect(result.code, result.stderr).toBe(exit);
			expect(result.stderr).toContain(says);
			// The line that says it ends with the problem's code, as every check line and command error does.
			const line = result.stderr.split('\n').find((l) => l.includes(says));
			expect(line?.endsWith(` [${code}]`), result.stderr).toBe(true);
			outcomes.refused++;
		} finally {
			await rm(project, { recursive: true, force: true });
		}
	});

	it('checks the hostile-text fixture without an error: its text is shown as text (test/browser/hostile.test.ts)', async () => {
		const result = await runCli(['--root', join(fixturesDir, 'hostile'), 'check'], {
			env: { CAIRN_TODAY: '2026-11-24' },
		});
		expect(result.code, result.stdout).toBe(0);
		outcomes.accepted += hostileCases.length;
	});
});
