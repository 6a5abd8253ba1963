import { describe, expect, it } from 'vitest';
import { buildSidebar, DOCUMENTS_PER_KIND } from '../../src/lib/sidebar.ts';
import { availableViews } from '../../src/lib/views/registry.ts';
import { documentData, mdx } from '../helpers/documents.ts';

const doc = (id: string, frontmatter: string) => ({ id, data: documentData(mdx(frontmatter)) });
const adr = (n: number, date: string) =>
	doc(
		`adr/${n}`,
		`title: Decision ${n}\nkind: adr\nid: ADR-${String(n).padStart(4, '0')}\nstatus: proposed\ndate: ${date}`,
	);
const runbook = (name: string, severity: string, lastReviewed = '2026-11-01') =>
	doc(
		`runbooks/${name}`,
		`title: ${name}\nkind: runbook\nservice: api\nseverity: ${severity}\nescalation: x\nlastReviewed: ${lastReviewed}`,
	);

describe('sidebar', () => {
	it('lists home, per kind its views then a few documents, then the views of everything', () => {
		const documents = [
			doc('index', 'title: Home\nkind: page'),
			adr(1, '2026-01-10'),
			adr(2, '2026-03-01'),
			runbook('Zeta down', 'sev2'),
			runbook('Alpha down', 'sev1', '2026-01-01'),
			doc('guides/hidden', 'title: Hidden\nkind: page\nsidebar:\n  hidden: true'),
		];
		const sidebar = buildSidebar(documents, { views: availableViews(documents, 'team'), today: '2026-11-24' });
		expect(sidebar).toEqual([
			{ label: 'Home', slug: 'index' },
			{
				label: 'Decisions',
				collapsed: false,
				items: [
					{ label: 'Decision log', link: '/adr/' },
					{ label: 'Decision graph', link: '/adr/graph/' },
					{ label: 'ADR 2: Decision 2', slug: 'adr/2' },
					{ label: 'ADR 1: Decision 1', slug: 'adr/1' },
				],
			},
			{
				label: 'Runbooks',
				collapsed: false,
				items: [
					{ label: 'Runbooks by service', link: '/runbooks/' },
					{ label: 'Alpha down', slug: 'runbooks/Alpha down' },
					{ label: 'Zeta down', slug: 'runbooks/Zeta down' },
				],
			},
			{ label: 'Needs review', link: '/review/', badge: { text: '1', variant: 'caution' } },
			{ label: 'All documents', link: '/all/' },
		]);
	});

	it('does not grow with the number of documents', () => {
		const many = Array.from({ length: 300 }, (_, i) => adr(i + 1, '2026-02-01'));
		const sidebar = buildSidebar(many, { views: availableViews(many, 'team'), today: '2026-11-24' });
		const decisions = sidebar.find((item) => item.label === 'Decisions');
		expect(decisions && 'items' in decisions ? decisions.items.length : 0).toBe(2 + DOCUMENTS_PER_KIND);
	});
});
