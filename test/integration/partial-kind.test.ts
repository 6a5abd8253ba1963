// A kind added to the registry and nothing else (the first step of "Add a kind" in the README):
// lint names what is missing, and meanwhile no command crashes. Run on a copy of Cairn whose
// registry has one kind more.
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { engineRoot } from '../helpers/paths.ts';
import { tempProject, type TempProject } from '../helpers/project.ts';

describe('a kind in the registry without its tables', () => {
	let engine: string;
	let project: TempProject;
	beforeAll(async () => {
		engine = await mkdtemp(join(tmpdir(), 'cairn-partial-kind-'));
		// With their times, so that the copy's package files are no newer than the installed packages
		// it shares (else the command would run npm install first).
		const entries = [
			'src',
			'scripts',
			'templates',
			'package.json',
			'package-lock.json',
			'tsconfig.json',
			'astro.config.mjs',
		];
		for (const entry of entries) {
			await cp(join(engineRoot, entry), join(engine, entry), { recursive: true, preserveTimestamps: true });
		}
		await symlink(join(engineRoot, 'node_modules'), join(engine, 'node_modules'), 'dir');
		const registry = join(engine, 'src', 'core', 'kinds.ts');
		const text = await readFile(registry, 'utf8');
		const added = text.replace(
			'\t// Pages go in any folder.',
			"\t{ name: 'trial', label: 'Trials', singular: 'Trial', folder: 'trials' },\n\t// Pages go in any folder.",
		);
		expect(added).not.toBe(text);
		await writeFile(registry, added);

		project = await tempProject();
		const client = join(project.root, 'content', 'acme');
		await mkdir(client, { recursive: true });
		await writeFile(join(client, 'trials.mdx'), '---\ntitle: A trial\nkind: trial\n---\n\nText.\n');
		await writeFile(
			join(client, 'client.yaml'),
			'name: Acme\nslug: acme\nengagement:\n  start: 2026-01-05\n  end: 2026-06-30\n',
		);
		await writeFile(join(client, 'index.mdx'), '---\ntitle: Acme\nkind: page\n---\n\nHome.\n');
	});
	afterAll(async () => {
		await project.remove();
		await rm(engine, { recursive: true, force: true });
	});

	it('check refuses its documents at their line, without a stack trace', async () => {
		const result = await runCli(['--root', project.root, 'check'], { engine });
		expect(result.stdout).not.toMatch(/npm packages/);
		expect(result.stderr).not.toMatch(/^\s+at /m);
		expect(result.code).toBe(1);
		expect(result.stdout).toMatch(/^content\/acme\/trials\.mdx:3:7 error kind: unknown kind "trial"/m);
	});

	it('every other command still starts: cairn new lists the kinds it can write', async () => {
		const result = await runCli(['new', '--help'], { engine });
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^\s+postmortem \[options\]/m);
		expect(result.stdout).not.toMatch(/^\s+trial\b/m);
	});
});
