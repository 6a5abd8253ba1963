// The views as a reader uses them in Chromium: filtering and sorting the decision log, following a
// supersede link, seeing a stale badge, narrowing a search with a facet.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, type Browser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../../src/lib/static-server-fs.ts';

describe.skipIf(!hasChromium)('the views in Chromium', () => {
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

	async function visit(path: string): Promise<Page> {
		if (!browser || !server) throw new Error('the browser or the server did not start');
		const page = await browser.context.newPage();
		await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
		return page;
	}

	const visibleIds = (page: Page) =>
		page.locator('[data-cairn-table] tbody tr:visible td:first-child').allTextContents();

	/** Every table cell of a page whose content sticks out of the cell, or the cell out of the screen. */
	async function overflowing(page: Page): Promise<string[]> {
		return page.evaluate(() => {
			const screen = document.documentElement.clientWidth;
			return [...document.querySelectorAll<HTMLElement>('main td, main th')].flatMap((cell) => {
				const box = cell.getBoundingClientRect();
				if (!box.width || !box.height) return [];
				const inner = [...cell.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right);
				const content = Math.max(box.right, ...inner);
				const text = cell.textContent.trim().slice(0, 40);
				if (cell.scrollWidth > cell.clientWidth + 1 || content > box.right + 1) return [`${text}: overflows its cell`];
				return box.left < -1 || box.right > screen + 1 ? [`${text}: outside the screen`] : [];
			});
		});
	}

	it('shows every table cell whole on a phone, and lets the decision log use a desktop’s width', async () => {
		if (!browser || !server) throw new Error('the browser or the server did not start');
		const phone = await browser.context.newPage();
		await phone.setViewportSize({ width: 390, height: 844 });
		for (const view of ['/adr/', '/runbooks/', '/runbooks/alerts/', '/review/']) {
			await phone.goto(`${server.url}${view}`, { waitUntil: 'networkidle' });
			expect(await phone.locator('main td').count(), view).toBeGreaterThan(0);
			expect(await overflowing(phone), view).toEqual([]);
		}
		// Stacked, each cell says which column it is.
		await phone.goto(`${server.url}/runbooks/alerts/`, { waitUntil: 'networkidle' });
		const cell = phone.locator('main th[data-label="Alert"]').first();
		expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Alert"');
		await phone.close();

		const desktop = await browser.context.newPage();
		await desktop.setViewportSize({ width: 1400, height: 900 });
		await desktop.goto(`${server.url}/adr/`, { waitUntil: 'networkidle' });
		const table = await desktop.locator('main table').boundingBox();
		expect(table?.width).toBeGreaterThan(900);
		expect(await overflowing(desktop)).toEqual([]);
		await desktop.close();
	});

	it('filters the decision log by status, keeps the filter in the address, and sorts by a column', async () => {
		const page = await visit('/adr/');
		expect(await visibleIds(page)).toEqual(['ADR-0001', 'ADR-0002']);
		await page.selectOption('[data-cairn-filters] select[name="status"]', 'superseded');
		expect(await visibleIds(page)).toEqual(['ADR-0001']);
		expect(await page.locator('[data-cairn-filters] output').textContent()).toBe('1 of 2');
		expect(new URL(page.url()).search).toBe('?status=superseded');

		await page.selectOption('[data-cairn-filters] select[name="status"]', '');
		await page.click('th[data-key="date"] button');
		await page.click('th[data-key="date"] button');
		expect(await page.getAttribute('th[data-key="date"]', 'aria-sort')).toBe('descending');
		expect(await visibleIds(page)).toEqual(['ADR-0002', 'ADR-0001']);

		const linked = await visit('/adr/?status=accepted');
		expect(await visibleIds(linked)).toEqual(['ADR-0002']);
		await Promise.all([page.close(), linked.close()]);
	});

	it('follows the supersede link from the old decision to the one that replaced it', async () => {
		const page = await visit('/adr/0001-use-postgres/');
		await page.click('.cairn-superseded a');
		await page.waitForURL(/\/adr\/0002-use-aurora\/$/);
		expect(await page.locator('h1').textContent()).toBe('Move orders to Aurora');
		await page.close();
	});

	it('marks a runbook whose review is overdue', async () => {
		const page = await visit('/runbooks/orders-api-down/');
		const badge = page.locator('.cairn-overdue');
		expect(await badge.isVisible()).toBe(true);
		expect(await badge.textContent()).toMatch(/Review overdue\s+Last reviewed 2026-03-01/);
		await page.close();
	});

	it('narrows search results with a kind facet', async () => {
		const page = await visit('/');
		await page.click('button[data-open-modal]');
		await page.fill('#starlight__search .pagefind-ui__search-input', 'orders');
		const results = page.locator('#starlight__search .pagefind-ui__result');
		await results.first().waitFor({ timeout: 15_000 });
		expect(await results.count()).toBeGreaterThan(1);

		await page.click('#starlight__search summary:has-text("Kind")');
		await page.click('#starlight__search label:has-text("Runbook")');
		await page.waitForFunction(() => document.querySelectorAll('#starlight__search .pagefind-ui__result').length === 1);
		const title = page.locator('#starlight__search .pagefind-ui__result-title .pagefind-ui__result-link').first();
		expect(await title.textContent()).toBe('Orders API is down (runbook, sev1, orders-api)');
		await page.close();
	});

	it('draws the decision graph', async () => {
		const page = await visit('/adr/graph/');
		const svg = page
			.getByRole('img', { name: 'Diagram of the relations between decisions' })
			.locator('.cairn-diagram-light svg');
		expect(await svg.isVisible()).toBe(true);
		expect(await svg.locator('text=ADR-0001: Use Postgres for orders').count()).toBeGreaterThan(0);
		await page.close();
	});
});

describe.skipIf(!hasChromium)('the tech-debt register in Chromium', () => {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;

	beforeAll(async () => {
		server = await serveStatic(join(inject('audiencesRoot'), 'dist', 'gamma', 'investor'));
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('filters by status and sorts by effort, its totals row staying last', async () => {
		if (!browser || !server) throw new Error('the browser or the server did not start');
		const page = await browser.context.newPage();
		await page.goto(`${server.url}/debt/register/`, { waitUntil: 'networkidle' });
		const ids = () => page.locator('[data-cairn-table] tbody tr:visible td:first-child strong').allTextContents();
		expect(await ids()).toEqual(['TD-1', 'TD-2']);
		await page.selectOption('[data-cairn-filters] select[name="status"]', 'accepted');
		expect(await ids()).toEqual(['TD-2']);
		expect(await page.locator('[data-cairn-filters] output').textContent()).toBe('1 of 2');
		expect(new URL(page.url()).search).toBe('?status=accepted');
		await page.selectOption('[data-cairn-filters] select[name="status"]', '');
		await page.click('th:has-text("Effort") button');
		await page.click('th:has-text("Effort") button');
		expect(await ids()).toEqual(['TD-2', 'TD-1']);
		expect(await page.locator('[data-cairn-table] tr').last().textContent()).toContain('Outstanding: 1 of 2 items');
		await page.close();
	});
});
