import { describe, expect, it } from 'vitest';
import { documentData, documentProblems, mdx } from '../helpers/documents.ts';

const plan = `
title: First 90 days
kind: plan
start: 2026-02-02
phases:
  - name: Listen
    firstDay: 0
    lastDay: 30
    goals: [Meet everyone]
  - name: Stabilise
    firstDay: 31
    lastDay: 60
items:
  - title: Read the incident log
    owner: CTO
    due: 2026-02-10
    done: true
  - title: Pick an on-call tool
    owner: CTO
    due: 2026-03-20
`;

describe('plan frontmatter', () => {
	it('accepts a plan; items are not done unless they say so', () => {
		const data = documentData(mdx(plan));
		expect(data.kind === 'plan' && data.items.map((i) => i.done)).toEqual([true, false]);
	});

	it('rejects overlapping phases, fractional days and a yes/no instead of true/false', () => {
		const text = mdx(
			plan
				.replace('firstDay: 31', 'firstDay: 30')
				.replace('lastDay: 60', 'lastDay: 60.5')
				.replace('done: true', 'done: yes'),
		);
		expect(documentProblems(text)).toMatchInlineSnapshot(`
			[
			  "doc.mdx:12:14 error phases[1].lastDay: expected a whole number of days; got 60.5 (a number) [InvalidValue]",
			  "doc.mdx:17:11 error items[0].done: expected true or false; got "yes" [WrongType]",
			]
		`);
		expect(documentProblems(mdx(plan.replace('firstDay: 31', 'firstDay: 30')))).toMatchInlineSnapshot(`
			[
			  "doc.mdx:11:15 error phases[1].firstDay: phase "Stabilise" overlaps phase "Listen" — make each phase start after the previous one ends [PhasesOverlap]",
			]
		`);
	});
});
