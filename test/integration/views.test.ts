// The generated views on a real build of the alpha fixture, and a rebuild after one status changed.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { runCli } from '../helpers/cli.ts';
import { tempProject } from '../helpers/project.ts';
import { readSiteFiles } from '../helpers/site-files.ts';

const site = join(inject('twoClientsRoot'), 'dist', 'alpha', 'team');
const page = async (path: string) => decode(await readFile(join(site, path, 'index.html'), 'utf8'));

function decode(html: string): string {
	const entities: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
	return html.replace(/&(?:quot|#39|lt|gt|amp);/g, (entity) => entities[entity] ?? entity);
}

/** The text of an HTML fragment as a reader sees it: cells and blocks apart, inline tags dropped. */
function text(html: string): string {
	return html
		.replace(/<\/?(?:td|th|tr|li|p|div|dt|dd|h\d|section|ul|table|tbody|thead)\b[^>]*>/g, ' ')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ');
}

describe('generated views', () => {
	it('are all built', () => {
		for (const view of ['adr', 'adr/graph', 'runbooks', 'runbooks/alerts', 'review', 'all']) {
			expect(existsSync(join(site, view, 'index.html')), view).toBe(true);
		}
	});

	it('list every decision in the log, with status, date and decision makers', async () => {
		const rows = text((await page('adr')).split('<tbody>')[1]?.split('</tbody>')[0] ?? '');
		expect(rows).toContain(
			'ADR-0001 Use Postgres for orders superseded by ADR-0002 superseded 2026-01-10 Ada Orchard data',
		);
		expect(rows).toContain('ADR-0002 Move orders to Aurora accepted 2026-02-10 Ada Orchard, Bo Chen data');
	});

	it.skipIf(!hasChromium)('draw the supersede relation in the decision graph', async () => {
		const graph = await page('adr/graph');
		// Drawn at build time: the edge from ADR-0001 to ADR-0002, labelled, in both drawings.
		expect(graph.match(/<g class="edgeLabel"[^>]*>[\s\S]*?<\/g>/g)?.join('')).toContain('superseded by');
		expect(graph).toMatch(/<path [^>]*id="cairn-\w+-light-L_ADR_0001_ADR_0002_0"/);
		expect(graph).toMatch(/<path [^>]*id="cairn-\w+-dark-L_ADR_0001_ADR_0002_0"/);
	});

	it('give each alert a row whose anchor is its name', async () => {
		const html = await page('runbooks/alerts');
		expect(html).toMatch(/<tr id="OrdersApiDown">/);
		expect(html).toMatch(/<tr id="OrdersApiErrorRate">/);
	});

	it('show what needs review, on its own page, on the home page, and on the document', async () => {
		expect(text(await page('review'))).toContain('Orders API is down Runbook');
		expect(text(await page('runbooks/orders-api-down'))).toContain('Review overdue Last reviewed 2026-03-01');
		const home = text(await page(''));
		expect(home).toContain('Needs review');
		expect(home).toContain('Orders API is down, due since 2026-05-30');
		expect(home).toMatch(/2 decisions 1 runbook 1 architecture overview/);
	});

	it('index filters for the search box', async () => {
		const filters = (await readSiteFiles(join(site, 'pagefind', 'filter'))).map((f) => f.text).join('\n');
		for (const value of [
			'kind',
			'Decision',
			'Runbook',
			'status',
			'superseded',
			'severity',
			'sev1',
			'service',
			'orders-api',
			'tag',
			'data',
		]) {
			expect(filters, value).toContain(value);
		}
	});

	it('are what the sidebar links to, and it names only a few documents', async () => {
		const nav = (await page('runbooks/orders-api-down')).split('<nav')[1] ?? '';
		for (const href of ['/adr/', '/adr/graph/', '/runbooks/', '/runbooks/alerts/', '/review/', '/all/']) {
			expect(nav, href).toContain(`href="${href}"`);
		}
	});
});

describe('a rebuild after a status changed', () => {
	it('changes the log, the graph and the badge', async () => {
		const project = await tempProject('two-clients');
		try {
			const file = join(project.root, 'content/alpha/adr/0002-use-aurora.mdx');
			await writeFile(file, (await readFile(file, 'utf8')).replace('status: accepted', 'status: proposed'));
			const result = await runCli(['--root', project.root, 'build', '--client', 'alpha']);
			expect(result.code, result.stderr).toBe(0);
			const built = async (path: string) =>
				decode(await readFile(join(project.root, 'dist/alpha/team', path, 'index.html'), 'utf8'));
			expect(text(await built('adr'))).toContain('ADR-0002 Move orders to Aurora proposed');
			if (hasChromium) {
				expect(await built('adr/graph')).toMatch(
					/<g class="node default proposed" id="cairn-\w+-light-flowchart-ADR_0002-\d+"/,
				);
			} else {
				expect(await built('adr/graph')).toContain('ADR_0002("ADR-0002: Move orders to Aurora"):::proposed');
			}
			expect(await built('adr/0002-use-aurora')).toContain('cairn-badge--proposed');
		} finally {
			await project.remove();
		}
	});
});
