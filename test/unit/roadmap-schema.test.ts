import { describe, expect, it } from 'vitest';
import { documentData, documentProblems, mdx } from '../helpers/documents.ts';

const roadmap = `
title: Roadmap
kind: roadmap
horizon:
  start: 2026-03-01
  end: 2027-02-28
items:
  - id: R-01
    title: Multi-AZ database
    theme: Reliability
    start: 2026-03-01
    end: 2026-04-30
    status: done
    adrs: [ADR-0002]
    owner: Platform
  - id: R-02
    title: SOC 2 Type I
    theme: Compliance
    start: 2026-05-01
    end: 2026-09-30
    status: in-progress
`;

describe('roadmap frontmatter', () => {
	it('accepts a roadmap', () => {
		const data = documentData(mdx(roadmap));
		expect(data).toMatchObject({ kind: 'roadmap', horizon: { start: '2026-03-01', end: '2027-02-28' } });
		expect(data.kind === 'roadmap' && data.items.map((i) => i.adrs)).toEqual([['ADR-0002'], []]);
	});

	it('reports item mistakes with the item index and the line', () => {
		const text = mdx(
			roadmap
				.replace('status: in-progress', 'status: ongoing')
				.replace('id: R-02', 'id: R-01')
				.replace('end: 2026-04-30', 'end: 2026-02-01'),
		);
		expect(documentProblems(text)).toMatchInlineSnapshot(`
			[
			  "doc.mdx:21:13 error items[1].status: expected one of planned, in-progress, done, dropped; got "ongoing" — did you mean "in-progress"? [NotOneOf]",
			]
		`);
		// Cross-item rules run once the items themselves are valid.
		expect(documentProblems(mdx(roadmap.replace('id: R-02', 'id: R-01').replace('end: 2026-04-30', 'end: 2026-02-01'))))
			.toMatchInlineSnapshot(`
				[
				  "doc.mdx:12:10 error items[0].end: ends on 2026-02-01, before it starts on 2026-03-01 [EndBeforeStart]",
				  "doc.mdx:16:9 error items[1].id: the id "R-01" is already used by item 1 — give every item its own id [DuplicateItemId]",
				]
			`);
	});

	it('needs at least one item', () => {
		expect(documentProblems(mdx('title: R\nkind: roadmap\nhorizon: {start: 2026-01-01, end: 2026-12-31}\nitems: []')))
			.toMatchInlineSnapshot(`
				[
				  "doc.mdx:5:8 error items: expected at least one item [TooFew]",
				]
			`);
	});
});
