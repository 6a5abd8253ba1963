// What Pagefind indexes per kind: the search box's filters and each result's detail.
import { describe, expect, it } from 'vitest';
import { searchFacets } from '../../src/lib/search-facets.ts';
import { documentSchema } from '../../src/schemas/document.ts';

const parse = (data: Record<string, unknown>) => documentSchema.parse(data);

describe('search facets', () => {
	it('gives ADRs their status, runbooks their service and severity, tags to all', () => {
		expect(
			searchFacets(parse({ kind: 'adr', title: 'Use Kafka', id: 'ADR-0007', status: 'proposed', tags: ['data'] })),
		).toEqual({
			filters: [
				['kind', 'Decision'],
				['tag', 'data'],
				['status', 'proposed'],
			],
			detail: 'ADR-0007, proposed',
		});
		const runbook = searchFacets(
			parse({
				kind: 'runbook',
				title: 'API down',
				service: 'api',
				severity: 'sev1',
				escalation: 'Ops',
				lastReviewed: '2026-11-01',
			}),
		);
		expect(runbook.filters).toContainEqual(['service', 'api']);
		expect(runbook.filters).toContainEqual(['severity', 'sev1']);
		expect(runbook.detail).toBe('runbook, sev1, api');
	});

	it('names the kind of other documents, and nothing for plain pages', () => {
		expect(searchFacets(parse({ kind: 'page', title: 'Notes' }))).toEqual({ filters: [['kind', 'Page']] });
	});
});
