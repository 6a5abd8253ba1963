// What only a browser shows: Pagefind search finds a page by a word in it, and a Mermaid block is
// an SVG diagram drawn at build time, shown in the page's theme.
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

	it('shows a mermaid block drawn at build time, in the theme of the page, without moving the page', async () => {
		const errors: string[] = [];
		const scripts: string[] = [];
		const page = await visit('/architecture/overview/', (tab) => {
			tab.on('pageerror', (error) => errors.push(error.message));
			tab.on('request', (request) => {
				if (request.resourceType() === 'script') scripts.push(request.url());
			});
			// Every layout shift from the first paint on, as Lighthouse counts them.
			void tab.addInitScript(() => {
				const shifts: number[] = [];
				(window as unknown as { shifts: number[] }).shifts = shifts;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
				}).observe({ type: 'layout-shift', buffered: true });
			});
		});
		const figure = page.getByRole('img', { name: 'Flowchart' });
		expect(await figure.count()).toBe(1);
		const light = figure.locator('.cairn-diagram-light svg');
		const dark = figure.locator('.cairn-diagram-dark svg');
		expect(await light.isVisible()).toBe(true);
		expect(await dark.isVisible()).toBe(false);
		expect(await light.getByText('Orders API').isVisible()).toBe(true);
		const box = await light.boundingBox();
		expect(box?.width).toBeGreaterThan(100);
		expect(box?.height).toBeGreaterThan(20);
		// No shift a reader could see: what Lighthouse prints as CLS 0.000 (a loaded machine has
		// measured a sub-pixel 0.0002 once, with the diagram already in place).
		const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
		expect(shifts.reduce((sum, shift) => sum + shift, 0)).toBeLessThan(0.0005);

		await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
		expect(await light.isVisible()).toBe(false);
		expect(await dark.isVisible()).toBe(true);
		expect(await dark.getByText('Orders API').isVisible()).toBe(true);
		expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
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
