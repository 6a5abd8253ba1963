// What only a browser shows: Pagefind search finds a page by a word in it, and a Mermaid block
// becomes an SVG diagram.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, type Browser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

describe.skipIf(!hasChromium)('the built site in Chromium', () => {
	let server: StaticServer;
	let browser: Browser;

	beforeAll(async () => {
		server = await serveStatic(join(inject('twoClientsRoot'), 'dist', 'alpha', 'team'));
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('finds a page by a word from its body through the search box', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${server.url}/`);
		await page.click('button[data-open-modal]');
		await page.fill('#starlight__search .pagefind-ui__search-input', 'orchardfrost');
		const result = page.locator('#starlight__search .pagefind-ui__result-link').first();
		await result.waitFor({ timeout: 15_000 });
		expect(await result.textContent()).toBe('Move orders to Aurora');
		await result.click();
		await page.waitForURL(/\/adr\/0002-use-aurora\//);
		await page.close();
	});

	it('finds nothing for a word that only another client uses', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${server.url}/`);
		await page.click('button[data-open-modal]');
		await page.fill('#starlight__search .pagefind-ui__search-input', 'betacanarymoss');
		await page.locator('#starlight__search .pagefind-ui__message').filter({ hasText: /no results/i }).waitFor({ timeout: 15_000 });
		expect(await page.locator('#starlight__search .pagefind-ui__result-link').count()).toBe(0);
		await page.close();
	});

	it('renders a mermaid block as an SVG diagram', async () => {
		const page = await browser.context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${server.url}/architecture/overview/`);
		const svg = page.locator('.sl-markdown-content svg').first();
		await svg.waitFor({ timeout: 20_000 });
		expect(await svg.locator('text=Orders API').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('requests nothing that is missing, the favicon included', async () => {
		const page = await browser.context.newPage();
		const failed: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});
		await page.goto(`${server.url}/adr/0001-use-postgres/`, { waitUntil: 'networkidle' });
		expect(failed).toEqual([]);
		await page.close();
	});
});
