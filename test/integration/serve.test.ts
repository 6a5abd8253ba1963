// `cairn preview` and `cairn dev` for each audience: the investor site served as built, and the
// mistakes refused before any server starts.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { engineRoot, fixturesDir } from '../helpers/paths.ts';

const audiencesRoot = inject('audiencesRoot');

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => {
				resolve(port);
			});
		});
	});
}

/** The page at `url`, once the server answers; undefined if it never does within the time. */
async function fetchWhenUp(url: string, seconds: number): Promise<string | undefined> {
	const until = Date.now() + seconds * 1000;
	while (Date.now() < until) {
		try {
			const response = await fetch(url);
			if (response.ok) return await response.text();
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return undefined;
}

describe('cairn preview', () => {
	it('serves the investor site when asked for it', async () => {
		const port = await freePort();
		const args = ['--root', audiencesRoot, 'preview', '--client', 'gamma', '--audience', 'investor'];
		// Its own process group, so the server Astro starts stops with it.
		const child = spawn(process.execPath, [join(engineRoot, 'scripts', 'cairn.mjs'), ...args, '--port', String(port)], {
			cwd: engineRoot,
			stdio: 'ignore',
			detached: true,
		});
		try {
			const home = await fetchWhenUp(`http://127.0.0.1:${port}/`, 60);
			expect(home).toContain('Gamma Robotics: technical diligence');
			expect(home).not.toContain('otterleakcanary');
		} finally {
			if (child.pid) process.kill(-child.pid, 'SIGTERM');
		}
	});

	it('says how to build a site that has not been built', async () => {
		const result = await runCli([
			'--root',
			join(fixturesDir, 'two-clients'),
			'preview',
			'--client',
			'alpha',
			'--audience',
			'internal',
		]);
		expect(result.code).toBe(1);
		expect(result.stderr.trim()).toBe(
			'cairn: The internal site of alpha has not been built yet. Build it first: npx cairn build --client alpha --audience internal. [SiteNotBuilt]',
		);
	});
});

describe('cairn dev', () => {
	it('refuses an investor site the client does not have, before starting Astro', async () => {
		const result = await runCli([
			'--root',
			join(fixturesDir, 'two-clients'),
			'dev',
			'--client',
			'alpha',
			'--audience',
			'investor',
		]);
		expect(result.code).toBe(2);
		expect(result.stderr.trim()).toBe(
			'cairn: The client alpha has no investor site. Add "investor: {}" (with its url and base, if known) to its client.yaml. [NoInvestorSite]',
		);
	});

	it('prints the content errors with file and line instead of starting Astro', async () => {
		const result = await runCli(['--root', join(fixturesDir, 'broken'), 'dev', '--client', 'acme']);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^content\/acme\/\S+:\d+:\d+ error /m);
		expect(result.stderr.trim().split('\n').at(-1)).toBe(
			'cairn: The content of acme has errors to fix before it can be previewed. Fix them (npx cairn check --client acme lists them), then try again. [ClientHasErrors]',
		);
	});
});
