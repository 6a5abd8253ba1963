// The foundation's promises on a real build of two fixture clients: pages, search index, branding,
// and isolation — nothing of one client anywhere in the other's output.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { filesContaining, readSiteFiles, type SiteFile } from '../helpers/site-files.ts';

const root = inject('twoClientsRoot');
const site = (client: string) => join(root, 'dist', client, 'team');

describe('a built client site', () => {
	it('has a page for every document, under the client folder', () => {
		for (const page of [
			'index.html',
			'adr/0001-use-postgres/index.html',
			'adr/0002-use-aurora/index.html',
			'runbooks/orders-api-down/index.html',
			'architecture/overview/index.html',
			'404.html',
		]) {
			expect(existsSync(join(site('alpha'), page)), page).toBe(true);
		}
	});

	it('has a Pagefind index that covers the pages', async () => {
		const entry = JSON.parse(await readFile(join(site('alpha'), 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
		expect(pages).toBeGreaterThanOrEqual(5);
		const files = await readSiteFiles(join(site('alpha'), 'pagefind'));
		expect(filesContaining(files, 'orchardfrost').length).toBeGreaterThan(0);
	});

	it('is branded with the client name, logo and accent colour', async () => {
		const html = await readFile(join(site('alpha'), 'index.html'), 'utf8');
		expect(html).toContain('Alpha Orchards');
		expect(html).toMatch(/<img[^>]+src="\/_astro\/logo[^"]*\.svg"/);
		expect(html).toMatch(/--sl-color-accent:#[0-9a-f]{6}/);
		expect(html).toContain('href="/favicon.svg"');
		expect(existsSync(join(site('alpha'), 'favicon.svg'))).toBe(true);
	});

	it('shows an ADR header with status, date, decision makers and supersede links', async () => {
		const old = await readFile(join(site('alpha'), 'adr/0001-use-postgres/index.html'), 'utf8');
		expect(old).toContain('cairn-badge--superseded');
		expect(old).toMatch(/Superseded by <a href="\/adr\/0002-use-aurora\/">ADR-0002: Move orders to Aurora<\/a>/);
		const current = await readFile(join(site('alpha'), 'adr/0002-use-aurora/index.html'), 'utf8');
		expect(current).toContain('cairn-badge--accepted');
		expect(current).toContain('<time datetime="2026-02-10">2026-02-10</time>');
		expect(current).toContain('Ada Orchard, Bo Chen');
		expect(current).toMatch(/Supersedes<\/dt> <dd><a href="\/adr\/0001-use-postgres\/">ADR-0001/);
		// Starlight's asides are processed in client folders too.
		expect(current).toContain('starlight-aside--caution');
	});

	it('shows a runbook header with service, severity, alerts and escalation', async () => {
		const html = await readFile(join(site('alpha'), 'runbooks/orders-api-down/index.html'), 'utf8');
		expect(html).toContain('<dd>orders-api</dd>');
		expect(html).toContain('cairn-badge--sev1');
		expect(html).toContain('<code>OrdersApiDown</code>');
		expect(html).toMatch(/<ol class="cairn-escalation"><li>Platform on-call<\/li><li>CTO<\/li><\/ol>/);
	});

	it('groups the sidebar by kind', async () => {
		const html = await readFile(join(site('alpha'), 'index.html'), 'utf8');
		const labels = [...html.matchAll(/<summary[^>]*>[\s\S]*?<span class="large[^"]*"[^>]*>([^<]+)<\/span>/g)].map(
			(m) => m[1],
		);
		expect(labels).toEqual(['Decisions', 'Runbooks', 'Architecture']);
	});

	it('ignores files whose names start with an underscore', async () => {
		expect(filesContaining(await readSiteFiles(site('alpha')), 'alphadraftcanary')).toEqual([]);
	});

	it('serves a site under its base path', async () => {
		const html = await readFile(join(site('beta'), 'adr/0001-use-kafka/index.html'), 'utf8');
		const links = [...html.matchAll(/<a href="(\/[^"]*)"/g)].map((m) => m[1]);
		expect(links.length).toBeGreaterThan(3);
		expect(links.filter((href) => !href?.startsWith('/handover/'))).toEqual([]);
		expect(html).toContain('https://beta.example.com/handover/adr/0001-use-kafka/');
	});

	it.skipIf(!hasChromium)('draws its diagrams at build time, and ships no Mermaid JavaScript', async () => {
		const withDiagram = await readFile(join(site('alpha'), 'architecture/overview/index.html'), 'utf8');
		expect(withDiagram).toMatch(
			/<figure class="cairn-diagram" role="img" aria-label="Flowchart"><div class="cairn-diagram-light"><svg id="cairn-\w+-light"[^>]* viewBox="[\d. ]+"/,
		);
		expect(withDiagram).toMatch(/<div class="cairn-diagram-dark" data-pagefind-ignore><svg id="cairn-\w+-dark"/);
		// The labels are text in the SVG, to read, select and find.
		expect(withDiagram).toMatch(/<svg id="cairn-\w+-light"[\s\S]*Orders API[\s\S]*<\/svg>/);
		expect(withDiagram).not.toContain('<pre class="mermaid"');
		const files = await readSiteFiles(site('alpha'));
		const scripts = files.filter((file) => /\.m?js$/.test(file.path));
		expect(scripts.length).toBeGreaterThan(3);
		expect(filesContaining(scripts, 'mermaid')).toEqual([]);
	});
});

describe('isolation between clients', () => {
	let alpha: SiteFile[];
	let beta: SiteFile[];
	beforeAll(async () => {
		[alpha, beta] = await Promise.all([readSiteFiles(site('alpha')), readSiteFiles(site('beta'))]);
	});

	it('finds each canary in its own site, so the search below is meaningful', () => {
		expect(filesContaining(alpha, 'alphacanaryquill').some((f) => f.startsWith('pagefind/'))).toBe(true);
		expect(filesContaining(beta, 'betacanarymoss').some((f) => f.startsWith('pagefind/'))).toBe(true);
	});

	it("puts nothing of alpha in beta's HTML, search index or sitemap", () => {
		for (const needle of ['alphacanaryquill', 'orchardfrost', 'Alpha Orchards', 'alpha.example.com']) {
			expect(filesContaining(beta, needle), needle).toEqual([]);
		}
	});

	it("puts nothing of beta in alpha's output", () => {
		for (const needle of ['betacanarymoss', 'Beta Freight', 'beta.example.com']) {
			expect(filesContaining(alpha, needle), needle).toEqual([]);
		}
	});

	it('writes a sitemap with only the client’s own URLs', () => {
		const sitemap = alpha.find((f) => /^sitemap-0\.xml$/.test(f.path));
		expect(sitemap?.text).toContain('https://alpha.example.com/adr/0002-use-aurora/');
	});
});
