// The kinds a fractional CTO adds at fundraising time: schemas with their messages, and the pure
// functions behind their pages, at a fixed date.
import { describe, expect, it } from 'vitest';
import { budgetView } from '../../src/lib/views/budget.ts';
import { debtTotals, topDebt } from '../../src/lib/views/debt.ts';
import { firstMermaid, roadmapSummary } from '../../src/lib/views/diligence.ts';
import { hiringByQuarter } from '../../src/lib/views/hiring.ts';
import { securitySentence, securitySummary } from '../../src/lib/views/security.ts';
import { vendorScores } from '../../src/lib/views/vendor.ts';
import type { Budget } from '../../src/schemas/budget.ts';
import type { Debt } from '../../src/schemas/debt.ts';
import type { Hiring } from '../../src/schemas/hiring.ts';
import type { Security } from '../../src/schemas/security.ts';
import type { Vendor } from '../../src/schemas/vendor.ts';
import { documentData, documentProblems, mdx } from '../helpers/documents.ts';

const hiring = `
title: Hiring
kind: hiring
roles:
  - { title: Platform engineer, level: Senior, quarter: 2027-Q1, count: 2, salaryBand: { min: 150000, max: 180000 }, status: open }
  - { title: Mobile engineer, level: Mid, quarter: 2027-Q1, salaryBand: { min: 120000, max: 140000 }, status: cancelled }
  - { title: Data engineer, level: Mid, quarter: 2027-Q3, salaryBand: { min: 100000, max: 120000, currency: EUR }, status: planned }
`;
const security = `
title: Baseline
kind: security
controls:
  - { id: IAM-01, area: Identity, title: SSO, status: in-place }
  - { id: IAM-02, area: Identity, title: MFA, status: partial, due: 2026-12-31 }
  - { id: LOG-01, area: Logging, title: Audit log, status: missing }
  - { id: LOG-02, area: Logging, title: Retention, status: n/a }
`;
const budget = `
title: Budget
kind: budget
start: 2027-01-01
lines:
  - { category: Cloud, vendor: AWS, monthly: 1000, renewal: 2026-12-20 }
  - { category: Cloud, vendor: CDN, annual: 1200, renewal: 2027-06-01 }
  - { category: Tools, vendor: Tracker, annual: 4000, currency: EUR, renewal: 2026-11-01 }
`;
const vendor = `
title: Observability
kind: vendor
criteria: [{ name: Cost, weight: 1 }, { name: Alerting, weight: 3 }]
options:
  - { name: A, scores: { Cost: 5, Alerting: 2 } }
  - { name: B, scores: { Cost: 2, Alerting: 5 } }
chosen: B
`;
const debt = `
title: Register
kind: debt
items:
  - { id: TD-1, title: Retries, area: Fleet, impact: 4, effort: 2, status: open }
  - { id: TD-2, title: ORM, area: API, impact: 4, effort: 1, status: in-progress }
  - { id: TD-3, title: Logs, area: Fleet, impact: 5, effort: 8, status: open }
  - { id: TD-4, title: Paid, area: API, impact: 5, effort: 1, status: paid }
`;

describe('schemas of the fundraising kinds', () => {
	it('accept valid documents and fill defaults', () => {
		expect(documentData(mdx(hiring))).toMatchObject({
			audience: ['team'],
			roles: [{ count: 2, salaryBand: { currency: 'USD' } }, {}, {}],
		});
		expect(documentData(mdx(budget))).toMatchObject({ currency: 'USD' });
		for (const text of [security, vendor, debt]) expect(documentProblems(mdx(text))).toEqual([]);
		expect(
			documentProblems(
				mdx(
					'title: D\nkind: diligence\naudience: [investor]\nsummary: S\nmetrics: { testCoverage: 70, incidents12m: 1 }',
				),
			),
		).toEqual([]);
	});

	it('report the rules of each kind at their lines', () => {
		const text = [
			mdx(
				hiring
					.replace('quarter: 2027-Q1, count: 2', 'quarter: 2027-Q5, count: 2')
					.replace('max: 120000, currency: EUR', 'max: 90000, currency: EUR'),
			),
			mdx(security.replace('status: n/a', 'status: na')),
			// Rules across items run once every item is valid on its own.
			mdx(security.replace('id: LOG-02', 'id: LOG-01')),
			mdx(debt.replace('id: TD-2', 'id: TD-1')),
			mdx(budget.replace('monthly: 1000,', 'monthly: 1000, annual: 12000,')),
			mdx(vendor.replace('{ Cost: 2, Alerting: 5 }', '{ Cost: 2, Alerts: 5 }').replace('chosen: B', 'chosen: C')),
			mdx(debt.replace('impact: 4, effort: 2', 'impact: 7, effort: 0')),
			mdx('title: D\nkind: diligence\nsummary: S\nmetrics: { testCoverage: 120 }'),
		].flatMap((t) => documentProblems(t));
		expect(text).toMatchInlineSnapshot(`
			[
			  "doc.mdx:5:57 error roles[0].quarter: expected a quarter such as 2027-Q1; got "2027-Q5" [InvalidValue]",
			  "doc.mdx:7:91 error roles[2].salaryBand.max: ends on 90000, before it starts on 100000 [EndBeforeStart]",
			  "doc.mdx:8:60 error controls[3].status: expected one of in-place, partial, missing, n/a; got "na" — did you mean "n/a"? [NotOneOf]",
			  "doc.mdx:8:11 error controls[3].id: the id "LOG-01" is already used by item 3 — give every item its own id [DuplicateItemId]",
			  "doc.mdx:6:11 error items[1].id: the id "TD-1" is already used by item 1 — give every item its own id [DuplicateItemId]",
			  "doc.mdx:6:32 error lines[0].monthly: a budget line needs a cost: either monthly or annual, not both — add "monthly: 1200" or "annual: 14400" [BudgetLineCost]",
			  "doc.mdx:7:24 error options[1].scores: "B" has no score for "Alerting" — add "Alerting: 1" to 5 to its scores [MissingScore]",
			  "doc.mdx:7:43 error options[1].scores.Alerts: "Alerts" is not one of the criteria — add it to criteria, or fix the name [UnknownCriterion]",
			  "doc.mdx:8:9 error chosen: "C" is not one of the options [UnknownOption]",
			  "doc.mdx:5:54 error items[0].impact: expected 1 to 5; got 7 (a number) [InvalidValue]",
			  "doc.mdx:5:65 error items[0].effort: expected engineer-weeks above 0; got 0 (a number) [InvalidValue]",
			  "doc.mdx:5:26 error metrics.testCoverage: expected a percentage from 0 to 100; got 120 (a number) [InvalidValue]",
			]
		`);
	});
});

describe('the pages of the fundraising kinds', () => {
	it('sum the hiring plan by quarter, cancelled roles left out', () => {
		const quarters = hiringByQuarter(documentData(mdx(hiring)) as Hiring);
		expect(quarters.map((q) => [q.quarter, q.headcount, q.cost])).toEqual([
			['2027-Q1', 2, [{ currency: 'USD', min: 300000, max: 360000 }]],
			['2027-Q3', 1, [{ currency: 'EUR', min: 100000, max: 120000 }]],
		]);
	});

	it('count security controls per area and status', () => {
		const summary = securitySummary(documentData(mdx(security)) as Security);
		expect(summary.areas).toEqual([
			{ area: 'Identity', counts: { 'in-place': 1, partial: 1, missing: 0, 'n/a': 0 }, total: 2 },
			{ area: 'Logging', counts: { 'in-place': 0, partial: 0, missing: 1, 'n/a': 1 }, total: 2 },
		]);
		expect(summary.totals).toEqual({ 'in-place': 1, partial: 1, missing: 1, 'n/a': 1 });
		expect(securitySentence(summary, 'SOC 2')).toBe(
			'4 controls, SOC 2: 1 in place, 1 partial, 1 missing, 1 not applicable',
		);
		expect(securitySentence({ ...summary, totals: { ...summary.totals, 'n/a': 0 }, total: 3 })).toBe(
			'3 controls: 1 in place, 1 partial, 1 missing',
		);
	});

	it('total the budget per category and quarter in each currency, and flag renewals within 90 days', () => {
		const view = budgetView(documentData(mdx(budget)) as Budget, '2026-11-24');
		expect(view.quarterStarts).toEqual(['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01']);
		expect(view.categories.map((c) => [c.category, c.currency, c.quarters, c.year])).toEqual([
			['Cloud', 'USD', [3300, 3300, 3300, 3300], 13200],
			['Tools', 'EUR', [1000, 1000, 1000, 1000], 4000],
		]);
		expect(view.totals.map((t) => [t.currency, t.year])).toEqual([
			['USD', 13200],
			['EUR', 4000],
		]);
		expect(view.renewals.map((r) => [r.line.vendor, r.inDays])).toEqual([['AWS', 26]]);
	});

	it('weigh vendor scores on the 1 to 5 scale and mark the best and the chosen', () => {
		expect(vendorScores(documentData(mdx(vendor)) as Vendor)).toEqual([
			{ name: 'A', score: 2.75, chosen: false, best: false },
			{ name: 'B', score: 4.25, chosen: true, best: true },
		]);
	});

	it('sum outstanding debt by area and pick the items to pay back first', () => {
		const register = documentData(mdx(debt)) as Debt;
		expect(debtTotals(register)).toEqual({
			items: 4,
			outstandingItems: 3,
			outstandingWeeks: 11,
			byArea: [
				{ area: 'Fleet', weeks: 10, items: 2 },
				{ area: 'API', weeks: 1, items: 1 },
			],
		});
		expect(topDebt(register).map((i) => i.id)).toEqual(['TD-3', 'TD-2', 'TD-1']);
	});

	it('find the architecture diagram and summarise the roadmap for the diligence page', () => {
		expect(firstMermaid('Intro\n\n```js\nx\n```\n\n```mermaid\nflowchart LR\n  a --> b\n```\n')).toBe(
			'flowchart LR\n  a --> b',
		);
		expect(firstMermaid('No diagram.')).toBeUndefined();
		const summary = roadmapSummary({
			horizon: { start: '2026-01-01', end: '2026-12-31' },
			items: [
				{ id: 'R-1', title: 'A', theme: 'P', start: '2026-01-01', end: '2026-02-01', status: 'done', adrs: [] },
				{ id: 'R-2', title: 'B', theme: 'P', start: '2026-01-01', end: '2026-02-01', status: 'planned', adrs: [] },
			],
		});
		expect(summary.counts).toEqual({ planned: 1, 'in-progress': 0, done: 1, dropped: 0 });
		expect(summary.themes).toEqual([{ theme: 'P', items: 2, done: 1 }]);
	});
});
