import { describe, expect, it } from 'vitest';
import { documentData, documentProblems, mdx } from '../helpers/documents.ts';

const accepted = `
title: Use Postgres
kind: adr
id: ADR-0004
status: accepted
date: 2026-02-03
decisionMakers: [Priya Raman]
`;

describe('adr frontmatter', () => {
	it('accepts an accepted ADR and fills defaults', () => {
		const data = documentData(mdx(accepted));
		expect(data).toMatchObject({
			kind: 'adr',
			id: 'ADR-0004',
			status: 'accepted',
			date: '2026-02-03',
			decisionMakers: ['Priya Raman'],
			consulted: [],
			supersedes: [],
			tags: [],
		});
	});

	it('accepts a proposed ADR without date or decision makers', () => {
		expect(documentProblems(mdx('title: Maybe\nkind: adr\nid: ADR-0010\nstatus: proposed'))).toEqual([]);
	});

	it('reports a misspelt status with its position and a suggestion', () => {
		expect(documentProblems(mdx(accepted.replace('status: accepted', 'status: aproved')))).toMatchInlineSnapshot(`
			[
			  "doc.mdx:5:9 error status: expected one of proposed, accepted, rejected, deprecated, superseded; got "aproved" — did you mean "accepted"? [NotOneOf]",
			]
		`);
	});

	it('requires a date and decision makers once accepted, pointing at the status', () => {
		expect(documentProblems(mdx('title: T\nkind: adr\nid: ADR-0001\nstatus: accepted'))).toMatchInlineSnapshot(`
			[
			  "doc.mdx:5:9 error date: an accepted ADR must give the date it was decided — add "date: YYYY-MM-DD" [AdrAcceptedNeedsDate]",
			  "doc.mdx:5:9 error decisionMakers: an accepted ADR must name its decision makers — add "decisionMakers: [Name, …]" [AdrAcceptedNeedsDecisionMakers]",
			]
		`);
	});

	it('requires a superseded ADR to name its successor, and a successor to mean superseded', () => {
		expect(documentProblems(mdx('title: T\nkind: adr\nid: ADR-0001\nstatus: superseded'))).toMatchInlineSnapshot(`
			[
			  "doc.mdx:5:9 error supersededBy: a superseded ADR must say which ADR superseded it — add "supersededBy: ADR-00xx" [AdrSupersededNeedsSuccessor]",
			]
		`);
		expect(documentProblems(mdx(`${accepted}\nsupersededBy: ADR-0009`))).toMatchInlineSnapshot(`
			[
			  "doc.mdx:5:9 error status: supersededBy is set but status is "accepted" — set "status: superseded", or remove supersededBy [AdrSuccessorNeedsSupersededStatus]",
			]
		`);
	});

	it('rejects malformed ids, impossible dates and unknown fields in one pass', () => {
		const text = mdx(`
title: T
kind: adr
id: ADR-7
status: accepted
date: 2026-02-30
decisionMaker: [Priya]
supersedes: [ADR-0002, adr-3]
`);
		expect(documentProblems(text)).toMatchInlineSnapshot(`
			[
			  "doc.mdx:4:5 error id: expected an ADR id such as ADR-0007; got "ADR-7" [InvalidValue]",
			  "doc.mdx:6:7 error date: not a real date (February 2026 has 28 days); got "2026-02-30" [InvalidValue]",
			  "doc.mdx:7:1 error decisionMaker: unknown field "decisionMaker" — did you mean "decisionMakers"? [UnknownField]",
			  "doc.mdx:8:24 error supersedes[1]: expected an ADR id such as ADR-0007; got "adr-3" [InvalidValue]",
			]
		`);
	});

	it('does not let an ADR supersede itself', () => {
		expect(documentProblems(mdx(`${accepted}\nsupersedes: [ADR-0004]`))).toMatchInlineSnapshot(`
			[
			  "doc.mdx:4:5 error id: ADR-0004 cannot supersede itself [AdrSupersedesItself]",
			]
		`);
	});
});
