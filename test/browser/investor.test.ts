// The investor site as a browser loads it, served with its own _headers: every request stays on
// the site's host, the Content Security Policy blocks nothing the site needs, search and diagrams
// work under it. And `cairn pdf` prints the diligence page with its diagram and tables.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pdfPageCount } from '../../src/cli/pdf.ts';
import { serveStatic, type StaticServer } from '../../src/lib/static-server-fs.ts';
import { hasChromium, launchBrowser, type Browser } from '../helpers/browser.ts';
import { runCli } from '../helpers/cli.ts';

const root = inject('audiencesRoot');

describe.skipIf(!hasChromium)('the investor site in Chromium', () => {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;

	beforeAll(async () => {
		server = await serveStatic(join(root, 'dist', 'gamma', 'investor'));
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('makes no request to any other host, and the CSP blocks nothing while searching and drawing', async () => {
		if (!browser || !server) throw new Error('the browser or the server did not start');
		const origin = server.url;
		const page = await browser.context.newPage();
		const requests: string[] = [];
		const problems: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		page.on('console', (message) => {
			if (message.type() === 'error') problems.push(message.text());
		});
		page.on('pageerror', (error) => problems.push(error.message));
		const response = await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");

		expect(await page.getByRole('img', { name: 'Architecture diagram' }).locator('svg').count()).toBe(2);
		await page.click('button[data-open-modal]');
		await page.fill('#starlight__search .pagefind-ui__search-input', 'heronsignal');
		await page.locator('#starlight__search .pagefind-ui__result').first().waitFor({ timeout: 15_000 });
		await page.goto(`${origin}/debt/register/`, { waitUntil: 'networkidle' });

		const foreign = requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
		expect(foreign).toEqual([]);
		expect(problems).toEqual([]);
		await page.close();
	});
});

/** The text of a PDF, when poppler's pdftotext is installed (CI installs it). */
function pdfText(path: string): string | undefined {
	const result = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
	if (result.error) {
		if (process.env.CI) throw new Error('pdftotext is missing; .ci/run should have installed poppler-utils.');
		return undefined;
	}
	return result.stdout;
}

describe.skipIf(!hasChromium)('cairn pdf', () => {
	it('prints the diligence page with its diagram and tables', async () => {
		const result = await runCli(['--root', root, 'pdf', '--client', 'gamma']);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/^Wrote dist\/gamma\/gamma-diligence\.pdf \(\d+ pages?, A4\)\.\n$/);
		const file = join(root, 'dist', 'gamma', 'gamma-diligence.pdf');
		const bytes = await readFile(file);
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdfPageCount(bytes)).toBeGreaterThanOrEqual(1);
		expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.9\d* 842\.88\]/);
		const text = pdfText(file);
		if (text !== undefined) {
			// Labels inside the Mermaid diagram, then the tables.
			expect(text).toContain('Fleet API');
			expect(text).toContain('Security posture');
			expect(text).toMatch(/Identity\s+1\s+1\s+0\s+0/);
			expect(text).toContain('Hand-rolled retries');
			expect(text).toContain('Key-person risks');
			expect(text).not.toContain('otterleakcanary');
		}
	});

	it('prints on Letter paper too', async () => {
		const out = join(root, 'letter.pdf');
		const result = await runCli(['--root', root, 'pdf', '--client', 'gamma', '--paper', 'letter', '--out', out]);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/\(\d+ pages?, Letter\)\.\n$/);
		expect((await readFile(out)).toString('latin1')).toMatch(/\/MediaBox \[0 0 612 792\]/);
		const again = await runCli(['--root', root, 'pdf', '--client', 'gamma', '--paper', 'letter', '--out', out]);
		expect(again.code).toBe(2);
		expect(again.stderr).toContain('already exists');
	});
});

describe('cairn pdf without Chromium', () => {
	it('says how to install it', async () => {
		const result = await runCli(['--root', root, 'pdf', '--client', 'gamma'], {
			env: { CHROMIUM_PATH: '/nonexistent/chromium' },
		});
		expect(result.code).toBe(1);
		expect(result.stderr.trim()).toBe(
			'cairn: No Chromium was found to print the PDF with. On Debian or Ubuntu: sudo apt-get install chromium; elsewhere, set CHROMIUM_PATH to a Chromium or Chrome binary. [ChromiumMissing]',
		);
	});
});
