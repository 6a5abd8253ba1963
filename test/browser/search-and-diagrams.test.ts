// What only a browser shows: Pagefind search finds a page by a word in it, and a Mermaid block is
// an SVG diagram drawn at build time, shown in the page's theme.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
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
	async function visit(path: string, watch?: (page: Page) => void, from = server?.url): Promise<Page> {
		if (!browser || !from) throw new Error('the browser or the server did not start');
		const page = await browser.context.newPage();
		watch?.(page);
		await page.goto(`${from}${path}`, { waitUntil: 'networkidle' });
		return page;
	}

	/**
	 * A slow network in front of the site: each HTML page arrives in two pieces, cut just before
	 * its main pane, with a pause between them long enough for Chromium to paint the first piece.
	 */
	async function serveInPieces(upstream: string): Promise<{ url: string; close: () => Promise<void> }> {
		const proxy: Server = createServer((request, response) => {
			void (async () => {
				const answer = await fetch(`${upstream}${request.url ?? '/'}`);
				const headers = Object.fromEntries(
					[...answer.headers].filter(([name]) => !['content-length', 'content-encoding'].includes(name)),
				);
				const body = Buffer.from(await answer.arrayBuffer());
				response.writeHead(answer.status, headers);
				const cut = body.indexOf('<div class="main-pane');
				if (cut > 0 && answer.headers.get('content-type')?.startsWith('text/html')) {
					response.write(body.subarray(0, cut));
					await sleep(600);
				}
				response.end(cut > 0 ? body.subarray(cut) : body);
			})();
		});
		await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
		return {
			url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
			close: () => new Promise((done) => proxy.close(() => done())),
		};
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
		// Through a slow network: a page painted before its main pane arrived must not move either.
		const slow = await serveInPieces(server?.url ?? '');
		const page = await visit(
			'/architecture/overview/',
			(tab) => {
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
			},
			slow.url,
		);
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
		// No shift a reader could see: what Lighthouse prints as CLS 0.000. (A page painted while its
		// left sidebar is half parsed moves a 1-pixel line further down: 0.0002.)
		const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
		expect(shifts.reduce((sum, shift) => sum + shift, 0)).toBeLessThan(0.0005);

		await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
		expect(await light.isVisible()).toBe(false);
		expect(await dark.isVisible()).toBe(true);
		expect(await dark.getByText('Orders API').isVisible()).toBe(true);
		expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
		await slow.close();
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
