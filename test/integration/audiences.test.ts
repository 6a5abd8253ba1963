// Audience-scoped builds are a security property: the investor site contains nothing of the
// documents not shared with investors, and the team site nothing of the internal ones. Each
// excluded document carries a canary word; the whole output is searched for it, Pagefind's
// compressed index included.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { filesContaining, readSiteFiles, type SiteFile } from '../helpers/site-files.ts';

const root = inject('audiencesRoot');
const site = (audience: string) => join(root, 'dist', 'gamma', audience);

describe('the investor site', () => {
	let files: SiteFile[];
	beforeAll(async () => {
		files = await readSiteFiles(site('investor'));
	});

	it('holds the investor documents, with the diligence page as its home', async () => {
		const home = await readFile(join(site('investor'), 'index.html'), 'utf8');
		expect(home).toContain('Gamma Robotics: technical diligence');
		expect(home).toContain('Gamma runs a fleet API on Postgres; heronsignal.');
		expect(home).not.toContain('Fixture client for audience isolation');
		expect(home).toContain('3 controls, SOC 2: 1 in place, 1 partial, 1 missing');
		for (const page of [
			'architecture/overview',
			'roadmap/2026',
			'security/baseline',
			'debt/register',
			'diligence/narrative',
			'adr/0002-shared-database',
		]) {
			expect(existsSync(join(site('investor'), page, 'index.html')), page).toBe(true);
		}
		expect(filesContaining(files, 'heronsignal').some((f) => f.startsWith('pagefind/'))).toBe(true);
	});

	it('contains nothing of the documents not shared with investors: not in pages, index, filters, sitemap, 404 or assets', () => {
		for (const canary of [
			'otterleakcanary',
			'internalcanarylynx',
			'Teamcontact',
			'team.gamma.example',
			'Otterleakcanary queue decision',
		]) {
			expect(filesContaining(files, canary), canary).toEqual([]);
		}
		// The image only a team decision shows is not copied.
		expect(files.filter((f) => f.path.includes('otter-diagram'))).toEqual([]);
		expect(files.some((f) => f.path === '404.html')).toBe(true);
		expect(files.some((f) => f.path.startsWith('sitemap'))).toBe(true);
	});

	it('shows references to left-out documents as plain text, without their titles', async () => {
		const architecture = await readFile(join(site('investor'), 'architecture/overview/index.html'), 'utf8');
		expect(architecture).toContain(
			'See the queue decision and <a href="/adr/0002-shared-database/">the database decision</a>',
		);
		expect(architecture).not.toContain('/adr/0001-team-only-queue/');
		const roadmap = await readFile(join(site('investor'), 'roadmap/2026/index.html'), 'utf8');
		expect(roadmap).toContain('<span>ADR-0001</span>');
		expect(roadmap).toContain('<a href="/adr/0002-shared-database/">ADR-0002</a>');
		// A decision shared with investors that supersedes a team-only one names it by id alone.
		const successor = await readFile(join(site('investor'), 'adr/0003-managed-queue/index.html'), 'utf8');
		expect(successor).toContain('<span>ADR-0001</span>');
		expect(successor).not.toContain('/adr/0001-team-only-queue/');
		const debt = await readFile(join(site('investor'), 'debt/register/index.html'), 'utf8');
		expect(debt).toContain('<a href="/roadmap/2026/#item-R-1">R-1</a>');
		expect(debt).toMatch(/<tfoot>.*Outstanding: 1 of 2 items.*2 engineer-weeks.*<\/tfoot>/s);
		expect(debt).toContain('<th scope="col" class="cairn-num">Effort (weeks)</th>');
		expect(debt).toContain('<td class="cairn-num" data-sort="5" data-label="Effort (weeks)">5</td>');
		expect(roadmap).toContain('id="item-R-1"');
	});

	it('carries its documents as records, llms.txt and Markdown pages: the investor ones only', async () => {
		const records = JSON.parse(await readFile(join(site('investor'), 'records.json'), 'utf8')) as {
			$schema: string;
			audience: string;
			records: { id: string; kind: string; markdownUrl: string; text: string }[];
		};
		expect(records.audience).toBe('investor');
		expect(records.$schema).toBe('./records.schema.json');
		const ids = records.records.map((record) => record.id).sort();
		expect(ids).toEqual([
			'adr/0002-shared-database',
			'adr/0003-managed-queue',
			'architecture/overview',
			'debt/register',
			'diligence/narrative',
			'roadmap/2026',
			'security/baseline',
		]);
		// The canary search above covers these files; the investor canary shows it reads them.
		for (const file of ['records.json', 'llms.txt', 'llms-full.txt', 'architecture/overview.md']) {
			expect(existsSync(join(site('investor'), file)), file).toBe(true);
		}
		expect(filesContaining(files, 'heronsignal')).toEqual(
			expect.arrayContaining(['records.json', 'llms-full.txt', 'adr/0002-shared-database.md']),
		);
		const overview = await readFile(join(site('investor'), 'architecture/overview.md'), 'utf8');
		expect(overview).toContain('See the queue decision and [the database decision](/adr/0002-shared-database/)');
		const llms = await readFile(join(site('investor'), 'llms.txt'), 'utf8');
		expect(llms).toContain('- [');
		expect(llms).toContain('/architecture/overview.md)');
		expect(llms).not.toContain('0001-team-only-queue');
	});

	it('asks not to be indexed, and tells the host how to serve it', async () => {
		const pages = files.filter((f) => f.path.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(5);
		for (const page of pages) expect(page.text, page.path).toContain('<meta name="robots" content="noindex, nofollow"');
		expect(await readFile(join(site('investor'), 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
		const headers = await readFile(join(site('investor'), '_headers'), 'utf8');
		expect(headers).toMatch(/^\/\*\n/);
		expect(headers).toContain('X-Robots-Tag: noindex, nofollow');
		expect(headers).toContain('Referrer-Policy: no-referrer');
		expect(headers).toContain('X-Content-Type-Options: nosniff');
		expect(headers).toMatch(
			/Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/,
		);
	});
});

describe('the team site', () => {
	let files: SiteFile[];
	beforeAll(async () => {
		files = await readSiteFiles(site('team'));
	});

	it('holds the team documents but nothing of the internal ones', () => {
		expect(filesContaining(files, 'otterleakcanary').length).toBeGreaterThan(0);
		expect(filesContaining(files, 'internalcanarylynx')).toEqual([]);
		expect(existsSync(join(site('team'), 'hiring/plan/index.html'))).toBe(false);
	});

	it('may be indexed: no robots.txt, no noindex', async () => {
		expect(existsSync(join(site('team'), 'robots.txt'))).toBe(false);
		expect(await readFile(join(site('team'), 'index.html'), 'utf8')).not.toContain('noindex');
		expect(await readFile(join(site('team'), '_headers'), 'utf8')).not.toContain('X-Robots-Tag');
	});
});

describe('the internal site', () => {
	it('holds everything, built only on request', async () => {
		const files = await readSiteFiles(site('internal'));
		for (const canary of ['otterleakcanary', 'internalcanarylynx', 'heronsignal']) {
			expect(filesContaining(files, canary).length, canary).toBeGreaterThan(0);
		}
		const budget = await readFile(join(site('internal'), 'budget/2027/index.html'), 'utf8');
		expect(budget).toContain('Renewals in the next 90 days');
		expect(budget).toContain('Cost per quarter, from 2027-01-01');
	});

	it('draws the budget in tables: a caption, a row header per category, figures right-aligned by a class', async () => {
		const budget = await readFile(join(site('internal'), 'budget/2027/index.html'), 'utf8');
		const [quarters, lines] = budget.match(/<table\b.*?<\/table>/gs) ?? [];
		expect(quarters).toMatch(
			/^<table class="cairn-table cairn-keep"><caption>Cost per quarter, from 2027-01-01<\/caption>/,
		);
		expect(quarters).toContain(
			'<th scope="col">Category</th><th scope="col" class="cairn-num">Q1 <small>(2027-01)</small></th>',
		);
		expect(quarters).toContain(
			'<th scope="row" data-label="Category">Cloud</th><td class="cairn-num" data-label="Q1 (2027-01)">$12,963</td>',
		);
		expect(quarters).toMatch(
			/<tfoot><tr><th scope="row">Total \(USD\)<\/th><td class="cairn-num" data-label="Q1 \(2027-01\)"><strong>\$15,963<\/strong><\/td>/,
		);
		expect(quarters).not.toContain('style=');
		// A table without a caption has none; text columns are not marked.
		expect(lines).not.toContain('<caption');
		expect(lines).toContain('<th scope="col">Vendor</th>');
		expect(lines).toContain('<tr class="cairn-soon"><td data-label="Vendor">Internalcanarylynx Cloud</td>');
	});

	it('lists the loose ends before the handover, which no other site shows', async () => {
		const page = await readFile(join(site('internal'), 'handover/index.html'), 'utf8');
		expect(page).toContain('Handover readiness');
		// The fixture's runbook was last reviewed 2026-03-01, every 90 days; the fixtures build on 2026-11-24.
		expect(page).toMatch(/content\/gamma\/runbooks\/robot-offline\.mdx<\/a>\s*<small> \(lastReviewed\)<\/small>/);
		expect(page).toContain('review overdue: last reviewed 2026-03-01');
		for (const audience of ['team', 'investor'])
			expect(existsSync(join(site(audience), 'handover')), audience).toBe(false);
	});
});
