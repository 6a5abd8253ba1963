// A build stopped at any moment — killed outright, or asked to stop — leaves the previous site
// byte for byte, no Astro process running on, and nothing of itself that outlives the next
// successful build of the same site.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageDir } from '../../src/cli/astro-run.ts';
import { recoverAndSweep } from '../../src/lib/publish-fs.ts';
import { runCli } from '../helpers/cli.ts';
import { engineRoot } from '../helpers/paths.ts';
import { tempProject, type TempProject } from '../helpers/project.ts';

/** Every file of a folder with the hash of its bytes. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return Object.fromEntries<string>(
		await Promise.all(
			entries
				.filter((entry) => entry.isFile())
				.map(async (entry) => {
					const path = join(entry.parentPath, entry.name);
					const hash = createHash('sha256')
						.update(await readFile(path))
						.digest('hex');
					return [path.slice(dir.length + 1), hash] as const;
				}),
		),
	);
}

/** Processes still running Astro in the given staging folder. */
function astroProcessesIn(stage: string): number[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.filter((pid) => {
			try {
				const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
				return cmdline.includes('astro.mjs') && cmdline.includes(stage);
			} catch {
				return false;
			}
		})
		.map(Number);
}

interface Stopped {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

/** Starts `cairn build`, and once it says it is building, waits `delay` ms and sends `signal`. */
function buildAndStop(root: string, delay: number, signal: NodeJS.Signals): Promise<Stopped> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(engineRoot, 'scripts', 'cairn.mjs'), '--root', root, 'build'], {
			env: { ...process.env, NO_COLOR: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		let sent = false;
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
			if (!sent && stdout.includes('Building solo (team)')) {
				sent = true;
				setTimeout(() => child.kill(signal), delay);
			}
		});
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code, closedBy) => resolve({ code, signal: closedBy, stdout, stderr }));
	});
}

const isDebris = (name: string) => /^\.team\.(building|old)-/.test(name);

describe('a build that is stopped', () => {
	let project: TempProject;
	let site: string;
	let stage: string;
	let first: Record<string, string>;
	let edition = 1;

	/** Gives the home page new words, so that the next complete build changes the site. */
	async function editHome(): Promise<void> {
		edition++;
		const page = join(project.root, 'content', 'solo', 'index.mdx');
		const text = (await readFile(page, 'utf8')).replace(/Edition \d+|First edition/, `Edition ${edition}`);
		await writeFile(page, text);
	}

	beforeAll(async () => {
		project = await tempProject('one-client');
		site = join(project.root, 'dist', 'solo', 'team');
		stage = stageDir(engineRoot, project.root, 'solo', 'team');
		const built = await runCli(['--root', project.root, 'build']);
		expect(built.code, built.stderr).toBe(0);
		first = await fingerprint(site);
	});

	afterAll(async () => {
		await project.remove();
	});

	it.each([200, 1000, 2000, 3500])(
		'by SIGKILL %i ms into Astro leaves the previous site byte for byte',
		async (delay) => {
			await editHome();
			const stopped = await buildAndStop(project.root, delay, 'SIGKILL');
			// Astro notices its parent is gone and stops within a moment.
			for (let i = 0; i < 20 && astroProcessesIn(stage).length; i++) await sleep(100);
			expect(astroProcessesIn(stage)).toEqual([]);
			if (stopped.signal !== 'SIGKILL' || stopped.stdout.includes('Built solo (team)')) {
				// The build was done before the kill (a fast machine): the new site is in place, whole.
				expect(await readFile(join(site, 'index.html'), 'utf8')).toContain(`Edition ${edition}`);
				first = await fingerprint(site);
			} else {
				expect(await fingerprint(site)).toEqual(first);
			}
		},
	);

	it('by SIGTERM stops Astro, removes its half-built folder at once, and says the site is unchanged', async () => {
		await editHome();
		const stopped = await buildAndStop(project.root, 1000, 'SIGTERM');
		expect(stopped.code).toBe(143);
		expect(stopped.stderr).toContain(
			'Stopped building solo (team). The previous site in dist/solo/team/ is unchanged.',
		);
		for (let i = 0; i < 20 && astroProcessesIn(stage).length; i++) await sleep(100);
		expect(astroProcessesIn(stage)).toEqual([]);
		expect((await readdir(join(project.root, 'dist', 'solo'))).filter(isDebris)).toEqual([]);
		expect(await fingerprint(site)).toEqual(first);
	});

	it('leaves nothing that outlives the next successful build', async () => {
		const built = await runCli(['--root', project.root, 'build']);
		expect(built.code, built.stderr).toBe(0);
		expect(await readdir(join(project.root, 'dist', 'solo'))).toEqual(['team']);
		expect(await readFile(join(site, 'index.html'), 'utf8')).toContain(`Edition ${edition}`);
		expect(existsSync(join(stage, 'build.lock'))).toBe(false);
	});
});

describe('the next build after one killed between its two renames', () => {
	it('puts the previous site back before anything else, and removes the debris', async () => {
		const dist = join(engineRoot, '.cairn', 'test-recover');
		await rm(dist, { recursive: true, force: true });
		// Killed after moving the site aside, before moving the new one in.
		await mkdir(join(dist, '.team.old-4242'), { recursive: true });
		await writeFile(join(dist, '.team.old-4242', 'index.html'), 'previous site');
		await mkdir(join(dist, '.team.building-4242'), { recursive: true });
		await writeFile(join(dist, '.team.building-4242', 'index.html'), 'half built');
		try {
			expect(recoverAndSweep(join(dist, 'team')).sort()).toEqual(['.team.building-4242']);
			expect(await readdir(dist)).toEqual(['team']);
			expect(await readFile(join(dist, 'team', 'index.html'), 'utf8')).toBe('previous site');
		} finally {
			await rm(dist, { recursive: true, force: true });
		}
	});
});
