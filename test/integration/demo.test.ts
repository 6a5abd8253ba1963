// The demo clients are what a newcomer builds first: they must check clean, build with search,
// keep what the README promises of them, and stay isolated from each other.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadClient, type ClientProject } from '../../src/lib/project-fs.ts';
import type { Frontmatter } from '../../src/schemas/frontmatter.ts';
import { runCli } from '../helpers/cli.ts';
import { engineRoot } from '../helpers/paths.ts';
import { filesContaining, readSiteFiles, type SiteFile } from '../helpers/site-files.ts';

const root = inject('demoRoot');

function ofKind<K extends Frontmatter['kind']>(project: ClientProject, kind: K) {
	return project.documents.flatMap((d) => (d.data?.kind === kind ? [d.data as Extract<Frontmatter, { kind: K }>] : []));
}

describe('the demo clients', () => {
	let larkspur: ClientProject;
	beforeAll(async () => {
		larkspur = await loadClient(engineRoot, 'larkspur');
	});

	it('check without a single error; the warnings are the ones they show off', async () => {
		const result = await runCli(['check', '--format', 'json'], { env: { CAIRN_TODAY: '2026-11-24' } });
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout) as { errors: number; problems: { code: string; file: string }[] };
		expect(report.errors).toBe(0);
		// Overdue runbooks, and investor-visible pages that link to team runbooks.
		expect(new Set(report.problems.map((p) => p.code))).toEqual(new Set(['ReviewOverdue', 'ExcludedReference']));
	});

	it('build larkspur’s investor site, with nothing of its internal or team-only documents', async () => {
		const investor = await readSiteFiles(join(root, 'dist', 'larkspur', 'investor'));
		const team = await readSiteFiles(join(root, 'dist', 'larkspur', 'team'));
		const home = investor.find((f) => f.path === 'index.html')?.text ?? '';
		expect(home).toContain('Larkspur Health: technical diligence');
		for (const internal of ['Engineering hiring plan for 2027', 'Technology budget for 2027', 'SMS provider renewal']) {
			expect(filesContaining(investor, internal), internal).toEqual([]);
			expect(filesContaining(team, internal), internal).toEqual([]);
		}
		for (const teamOnly of [
			'clinical alerts not evaluated or not delivered',
			'alerting-engine-alerts-not-delivered',
			// The postmortems are team documents: their titles, their words and their pages stay out.
			'Halvorsen nurses could not sign in for 47 minutes',
			'Rehearse the ten-minute metadata update',
			'postmortems/',
		]) {
			expect(filesContaining(investor, teamOnly), teamOnly).toEqual([]);
		}
		// Only their two numbers reach the diligence page, counted from both.
		const figures = home.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		expect(figures).toContain('Incidents, last 12 months 2 (from 2 postmortems)');
		expect(figures).toContain('Time to restore (MTTR) 13 h 04 min (from 2 postmortems)');
	});

	it('build into dist/<client>/team with a search index', () => {
		for (const client of ['larkspur', 'tidewater']) {
			expect(existsSync(join(root, 'dist', client, 'team', 'index.html')), client).toBe(true);
			expect(existsSync(join(root, 'dist', client, 'team', 'pagefind', 'pagefind-entry.json')), client).toBe(true);
		}
	});

	it('count what larkspur’s home page holds, in the singular where there is one', async () => {
		const home = await readFile(join(root, 'dist', 'larkspur', 'team', 'index.html'), 'utf8');
		expect(home).toContain('<strong>19</strong> decisions');
		expect(home).toContain('<strong>1</strong> security baseline<');
		expect(home).toContain('<strong>1</strong> vendor evaluation<');
		expect(home).toContain('<strong>2</strong> postmortems<');
	});

	it('give larkspur the documents the README promises', () => {
		const adrs = ofKind(larkspur, 'adr');
		expect(adrs.length).toBeGreaterThanOrEqual(12);
		// A supersede chain of two links: A superseded by B, itself superseded by C.
		const byId = new Map(adrs.map((adr) => [adr.id, adr]));
		const chain = adrs.find((a) => {
			const next = a.supersededBy ? byId.get(a.supersededBy) : undefined;
			return next?.supersededBy !== undefined && byId.get(next.supersededBy)?.supersedes.includes(next.id);
		});
		expect(chain, 'a supersede chain of two').toBeDefined();
		const runbooks = ofKind(larkspur, 'runbook');
		expect(runbooks.length).toBeGreaterThanOrEqual(6);
		expect(new Set(runbooks.map((r) => r.service)).size).toBe(3);
		expect(ofKind(larkspur, 'roadmap')[0]?.items.length).toBeGreaterThanOrEqual(10);
		expect(ofKind(larkspur, 'plan')[0]?.phases).toHaveLength(3);
		const architecture = larkspur.documents.find((d) => d.data?.kind === 'architecture');
		expect(architecture?.body).toMatch(/```mermaid/);
	});

	describe('isolation', () => {
		let larkspurSite: SiteFile[];
		let tidewaterSite: SiteFile[];
		beforeAll(async () => {
			[larkspurSite, tidewaterSite] = await Promise.all([
				readSiteFiles(join(root, 'dist', 'larkspur', 'team')),
				readSiteFiles(join(root, 'dist', 'tidewater', 'team')),
			]);
		});

		it('finds larkspur-only words in larkspur’s search index and nowhere in tidewater’s site', () => {
			for (const word of ['Larkspur', 'pulse oximeter', 'Halvorsen']) {
				expect(
					filesContaining(larkspurSite, word).some((f) => f.startsWith('pagefind/')),
					word,
				).toBe(true);
				expect(filesContaining(tidewaterSite, word), word).toEqual([]);
			}
		});

		it('finds tidewater-only words nowhere in larkspur’s site', () => {
			for (const word of ['Tidewater', 'drayage']) {
				expect(
					filesContaining(tidewaterSite, word).some((f) => f.startsWith('pagefind/')),
					word,
				).toBe(true);
				expect(filesContaining(larkspurSite, word), word).toEqual([]);
			}
		});
	});
});
