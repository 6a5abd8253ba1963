// Every kind of page Cairn generates, checked with axe-core in Chromium, in the light and the dark
// theme, after its diagrams have rendered: the demo's team and investor sites, and the internal
// pages (budget, hiring) of the audience fixture.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/lib/static-server-fs.ts';
import { hasChromium, launchBrowser, type Browser } from '../helpers/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResults {
	violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/**
 * What axe finds in the markup of Starlight's own components, not Cairn's, is left out here. The
 * search button is named "Search" but also shows its shortcut, "Ctrl K", and axe asks for the
 * visible text in the name.
 */
const upstream = (rule: string, target: string) =>
	(rule === 'label-content-name-mismatch' && target === 'button[data-open-modal=""]') ||
	// Expressive Code gives each code block that scrolls role="region" and no name, so two such
	// blocks on one page are two regions alike.
	(rule === 'landmark-unique' && target.startsWith('.expressive-code'));

const sites = [
	{
		name: 'the team site',
		dir: () => join(inject('demoRoot'), 'dist', 'larkspur', 'team'),
		pages: [
			'/',
			'/adr/',
			'/adr/graph/',
			'/adr/0009-sqs-for-background-jobs/',
			'/runbooks/',
			'/runbooks/alerts/',
			'/runbooks/device-ingest-late-readings/',
			'/postmortems/',
			'/postmortems/2026-09-16-halvorsen-nurses-could-not-sign-in/',
			'/review/',
			'/all/',
			'/roadmap/2026-2027/',
			'/plan/first-90-days/',
			'/architecture/overview/',
			'/security/baseline/',
			'/debt/register/',
			'/vendors/observability/',
			'/404.html',
		],
	},
	{
		name: 'the investor site',
		dir: () => join(inject('demoRoot'), 'dist', 'larkspur', 'investor'),
		pages: ['/', '/diligence/technical-narrative/'],
	},
	{
		name: 'the internal site',
		dir: () => join(inject('audiencesRoot'), 'dist', 'gamma', 'internal'),
		pages: ['/budget/2027/', '/hiring/plan/', '/vendors/observability/'],
	},
];

describe.skipIf(!hasChromium).for(sites)('$name in axe-core', ({ dir, pages }) => {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;

	beforeAll(async () => {
		server = await serveStatic(dir());
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	async function violations(page: Page, path: string): Promise<string[]> {
		if (!server) throw new Error('the server did not start');
		const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
		if (path !== '/404.html') expect(response?.status(), path).toBe(200);
		await page.waitForFunction(() =>
			[...document.querySelectorAll('pre.mermaid')].every((pre) => pre.querySelector('svg')),
		);
		await page.evaluate(axeSource);
		const results = await page.evaluate(() =>
			(window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run(),
		);
		return (results as AxeResults).violations.flatMap((violation) =>
			violation.nodes
				.filter((node) => !upstream(violation.id, node.target.join(' ')))
				.map(
					(node) =>
						`${path} [${violation.impact ?? ''}] ${violation.id}: ${violation.help} at ${node.target.join(' ')}`,
				),
		);
	}

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`finds no violation in the ${colorScheme} theme`, async () => {
			if (!browser) throw new Error('the browser did not start');
			const page = await browser.context.newPage();
			await page.emulateMedia({ colorScheme });
			const found: string[] = [];
			for (const path of pages) found.push(...(await violations(page, path)));
			await page.close();
			expect(found).toEqual([]);
		});
	}
});
