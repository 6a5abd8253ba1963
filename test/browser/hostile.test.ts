// Hostile text in every field that reaches a page (test/fixtures/hostile): each case of the
// bad-input corpus that the site shows is opened in Chromium, served with its _headers and without
// them (as a host that ignores them would), and no dialog may open; the text must be on the page,
// as text. The Content Security Policy allows only inline scripts known from the components' source.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { knownInlineScripts } from '../../src/lib/hosting/known-scripts-fs.ts';
import { serveStatic, type StaticServer } from '../../src/lib/static-server-fs.ts';
import { cases } from '../fixtures/bad-inputs/cases.ts';
import { hasChromium, launchBrowser, type Browser } from '../helpers/browser.ts';
import { engineRoot } from '../helpers/paths.ts';

const root = inject('hostileRoot');
const site = (audience: string) => join(root, 'dist', 'hostile', audience);
const shown = cases.flatMap((c) => (c.page ? [{ name: c.name, ...c.page }] : []));

describe.skipIf(!hasChromium)('hostile text in Chromium', () => {
	let browser: Browser | undefined;
	const servers = new Map<string, StaticServer>();
	const dialogs: string[] = [];

	beforeAll(async () => {
		browser = await launchBrowser();
		for (const audience of ['team', 'investor', 'internal']) {
			servers.set(`${audience} with _headers`, await serveStatic(site(audience)));
			servers.set(`${audience} without _headers`, await serveStatic(site(audience), { headers: false }));
		}
	});

	afterAll(async () => {
		await browser?.close();
		await Promise.all([...servers.values()].map((server) => server.close()));
	});

	for (const headers of ['with _headers', 'without _headers']) {
		it.each(shown.map((c) => [c.name, c] as const))(`%s: inert text, ${headers}`, async (_name, testCase) => {
			const server = servers.get(`${testCase.audience} ${headers}`);
			if (!browser || !server) throw new Error('the browser or the server did not start');
			const page = await browser.context.newPage();
			page.on('dialog', (dialog) => {
				dialogs.push(`${testCase.path}: ${dialog.message()}`);
				void dialog.dismiss();
			});
			await page.goto(`${server.url}${testCase.path}`, { waitUntil: 'networkidle' });
			// Diagrams draw after load; give them the time to run whatever they were given.
			if (await page.locator('pre.mermaid').count()) {
				await page.locator('pre.mermaid svg').first().waitFor({ timeout: 20_000 });
			}
			await page.waitForTimeout(200);
			const meta = await page.evaluate(() => [...document.querySelectorAll('meta')].map((m) => m.content).join('\n'));
			const body = await page.locator('body').innerText();
			const markup = await page.locator('body').innerHTML();
			const text = [await page.title(), meta, body, markup].join('\n');
			expect(dialogs).toEqual([]);
			// The words arrived, and as words: escaped in the markup, or drawn as a diagram's text.
			expect(text).toContain(testCase.marker);
			await page.close();
		});
	}

	it('shows search results and filters of hostile documents as text', async () => {
		for (const headers of ['with _headers', 'without _headers']) {
			const server = servers.get(`team ${headers}`);
			if (!browser || !server) throw new Error('the browser or the server did not start');
			const page = await browser.context.newPage();
			page.on('dialog', (dialog) => {
				dialogs.push(`search: ${dialog.message()}`);
				void dialog.dismiss();
			});
			await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
			await page.click('button[data-open-modal]');
			for (const query of ['hostile', 'onerror', 'payments']) {
				await page.fill('#starlight__search .pagefind-ui__search-input', query);
				await page.locator('#starlight__search .pagefind-ui__result').first().waitFor({ timeout: 15_000 });
			}
			await page.locator('#starlight__search .pagefind-ui__filter-panel').first().waitFor({ timeout: 15_000 });
			await page.waitForTimeout(300);
			expect(dialogs).toEqual([]);
			await page.close();
		}
	});

	it('allows in its Content Security Policy only inline scripts known from the components’ source', async () => {
		const known = await knownInlineScripts(engineRoot);
		for (const audience of ['team', 'investor', 'internal']) {
			const headers = await readFile(join(site(audience), '_headers'), 'utf8');
			const hashes = [...headers.matchAll(/'sha256-[^']+'/g)].map((m) => m[0]);
			expect(hashes.length).toBeGreaterThan(0);
			for (const hash of hashes) expect(known.has(hash), `${audience}: ${hash}`).toBe(true);
		}
	});
});
