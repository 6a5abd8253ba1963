// What only a browser shows: Pagefind search finds a page by a word in it, and a Mermaid block
// becomes an SVG diagram.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, type Browser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../../src/lib/static-server-fs.ts';

describe.skipIf(!hasChromium)('the built site in Chromium', () => {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;

	beforeAll(async () => {
		server = await serveStatic(join(inject('twoClientsRoot'), 'dist', 'alpha', 'team'));
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	/** Opens a page of the alpha site in a fresh tab; `watch` sees the tab before it loads. */
	async function visit(path: string, watch?: (page: Page) => void): Promise<Page> {
		if (!browser || !server) throw new Error('the browser or the server did not start');
		const page = await browser.context.newPage();
		watch?.(page);
		await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
		return page;
	}

	async function search(page: Page, words: string): Promise<void> {
		await page.click('button[data-open-modal]');
		await page.fill('#starlight__search .pagefind-ui__search-input', words);
	}

	it('finds a page by a word from its body through the search box', async () => {
		const page = await visit('/');
		await search(page, 'orchardfrost');
		const result = page.locator('#starlight__search .pagefind-ui__result-link').first();
		await result.waitFor({ timeout: 15_000 });
		expect(await result.textContent()).toBe('Move orders to Aurora (ADR-0002, accepted)');
		await result.click();
		await page.waitForURL(/\/adr\/0002-use-aurora\//);
		await page.close();
	});

	it('finds nothing of a word that only another client uses', async () => {
		const page = await visit('/');
		await search(page, 'betacanarymoss');
		// Pagefind falls back to shorter words the query starts with ("be"), so there may be results,
		// but none may hold the other client's word.
		await page.locator('#starlight__search .pagefind-ui__message').waitFor({ timeout: 15_000 });
		await page.waitForTimeout(500);
		const results = await page.locator('#starlight__search .pagefind-ui__results').allInnerTexts();
		expect(results.join('\n')).not.toMatch(/betacanarymoss/i);
		await page.close();
	});

	it('renders a mermaid block as an SVG diagram', async () => {
		const errors: string[] = [];
		const page = await visit('/architecture/overview/', (tab) =>
			tab.on('pageerror', (error) => errors.push(error.message)),
		);
		const svg = page.locator('.sl-markdown-content svg').first();
		await svg.waitFor({ timeout: 20_000 });
		expect(await svg.locator('text=Orders API').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('requests nothing that is missing, the favicon included', async () => {
		const failed: string[] = [];
		const page = await visit('/adr/0001-use-postgres/', (tab) =>
			tab.on('response', (response) => {
				if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
			}),
		);
		expect(failed).toEqual([]);
		await page.close();
	});
});
