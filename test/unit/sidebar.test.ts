import { describe, expect, it } from 'vitest';
import { buildSidebar } from '../../src/lib/sidebar.ts';
import { documentData, mdx } from '../helpers/documents.ts';

const doc = (id: string, frontmatter: string) => ({ id, data: documentData(mdx(frontmatter)) });

describe('sidebar', () => {
	it('lists home, then one group per kind in kind order, ADRs by number', () => {
		const sidebar = buildSidebar([
			doc(
				'runbooks/b',
				'title: Zeta down\nkind: runbook\nservice: api\nseverity: sev1\nescalation: x\nlastReviewed: 2026-01-01',
			),
			doc('adr/0010-x', 'title: Tenth\nkind: adr\nid: ADR-0010\nstatus: proposed'),
			doc('adr/0002-y', 'title: Second\nkind: adr\nid: ADR-0002\nstatus: proposed'),
			doc('index', 'title: Home\nkind: page'),
			doc('guides/hidden', 'title: Hidden\nkind: page\nsidebar:\n  hidden: true'),
		]);
		expect(sidebar).toEqual([
			{ label: 'Home', slug: 'index' },
			{
				label: 'Decisions',
				collapsed: false,
				items: [
					{ label: 'ADR 2: Second', slug: 'adr/0002-y' },
					{ label: 'ADR 10: Tenth', slug: 'adr/0010-x' },
				],
			},
			{ label: 'Runbooks', collapsed: false, items: [{ label: 'Zeta down', slug: 'runbooks/b' }] },
		]);
	});
});
