// The generated views are pure functions of the documents' frontmatter, tested at a fixed date.
import { describe, expect, it } from 'vitest';
import { decisionGraph } from '../../src/lib/views/decision-graph.ts';
import { decisionLog } from '../../src/lib/views/decision-log.ts';
import { kindNoun } from '../../src/lib/views/documents.ts';
import { planPhases } from '../../src/lib/views/plan.ts';
import { availableViews } from '../../src/lib/views/registry.ts';
import { needsReview } from '../../src/lib/views/review.ts';
import { roadmapGantt, roadmapThemes } from '../../src/lib/views/roadmap.ts';
import { alertAnchor, alertRunbooks, alertTable, runbooksByService } from '../../src/lib/views/runbooks.ts';
import { kinds } from '../../src/schemas/document.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import type { Roadmap } from '../../src/schemas/roadmap.ts';
import { documentData, mdx } from '../helpers/documents.ts';

const doc = (id: string, frontmatter: string) => ({ id, data: documentData(mdx(frontmatter)) });
const adr = (n: number, extra: string) =>
	doc(`adr/${n}`, `title: Decision ${n}\nkind: adr\nid: ADR-${String(n).padStart(4, '0')}\n${extra}`);

const adrs = [
	adr(10, 'status: accepted\ndate: 2026-03-01\ndecisionMakers: [Ann]\ntags: [data]\nsupersedes: [ADR-0002]'),
	adr(2, 'status: superseded\nsupersededBy: ADR-0010\ndate: 2026-01-05\ntags: [data, infra]'),
	adr(3, 'status: proposed\namends: [ADR-0010]'),
	adr(4, 'status: rejected'),
];
const roadmap = doc(
	'roadmap/r',
	`title: Roadmap
kind: roadmap
horizon: { start: 2026-01-01, end: 2026-12-31 }
items:
  - { id: R-2, title: "Replicas: read scaling #1", theme: Reliability, start: 2026-04-01, end: 2026-05-31, status: in-progress, adrs: [ADR-0010] }
  - { id: R-1, title: Backups, theme: Reliability, start: 2026-02-01, end: 2026-02-28, status: done }
  - { id: R-3, title: SOC 2, theme: Compliance, start: 2026-03-01, end: 2026-09-30, status: dropped }`,
);

describe('decision log', () => {
	it('lists every ADR in number order with the statuses and tags present', () => {
		const log = decisionLog(adrs);
		expect(log.rows.map((r) => [r.adr, r.status, r.supersededBy])).toEqual([
			['ADR-0002', 'superseded', 'ADR-0010'],
			['ADR-0003', 'proposed', undefined],
			['ADR-0004', 'rejected', undefined],
			['ADR-0010', 'accepted', undefined],
		]);
		expect(log.statuses).toEqual(['proposed', 'accepted', 'rejected', 'superseded']);
		expect(log.tags).toEqual(['data', 'infra']);
	});
});

describe('decision graph', () => {
	it('draws supersede and amend links and roadmap items, leaving out unrelated records', () => {
		const graph = decisionGraph([...adrs, roadmap]);
		expect(graph.adrs.map((a) => a.adr)).toEqual(['ADR-0002', 'ADR-0003', 'ADR-0010']);
		expect(graph.source).toMatchInlineSnapshot(`
			"flowchart LR
			  ADR_0002("ADR-0002: Decision 2"):::superseded
			  ADR_0003("ADR-0003: Decision 3"):::proposed
			  ADR_0010("ADR-0010: Decision 10"):::accepted
			  roadmap_R_2[["R-2: Replicas: read scaling #35;1"]]:::roadmap
			  ADR_0002 -->|superseded by| ADR_0010
			  ADR_0003 -.->|amends| ADR_0010
			  ADR_0010 -.-> roadmap_R_2
			  classDef superseded stroke-dasharray: 4 3,opacity:0.75
			  classDef deprecated stroke-dasharray: 4 3,opacity:0.75
			  classDef rejected stroke-dasharray: 2 2,opacity:0.6
			  classDef proposed stroke-width:2px
			  classDef accepted stroke-width:2px
			  classDef roadmap stroke-width:1px"
		`);
	});

	it('has nothing to draw when no record is related to another', () => {
		expect(
			decisionGraph(adrs.filter((d) => d.data.kind === 'adr' && d.data.status === 'rejected')).source,
		).toBeUndefined();
	});
});

describe('roadmap timeline', () => {
	const data = roadmap.data as Roadmap;

	it('groups items by theme in order of appearance, each theme by start date', () => {
		expect(roadmapThemes(data).map((g) => [g.theme, g.items.map((i) => i.id)])).toEqual([
			['Reliability', ['R-1', 'R-2']],
			['Compliance', ['R-3']],
		]);
	});

	it('writes a gantt chart whose task names cannot break Mermaid', () => {
		expect(roadmapGantt(data)).toMatchInlineSnapshot(`
			"gantt
			  dateFormat YYYY-MM-DD
			  axisFormat %b %Y
			  tickInterval 1month
			  section Reliability
			  R-1 Backups :done, 2026-02-01, 2026-02-28
			  R-2 Replicas read scaling 1 :active, 2026-04-01, 2026-05-31
			  section Compliance
			  R-3 SOC 2 (dropped) :2026-03-01, 2026-09-30"
		`);
	});
});

describe('90-day plan', () => {
	const plan = documentData(
		mdx(`title: Plan
kind: plan
start: 2026-02-02
phases:
  - { name: Listen, firstDay: 0, lastDay: 30 }
  - { name: Stabilise, firstDay: 31, lastDay: 60 }
items:
  - { title: Interviews, owner: CTO, due: 2026-02-10, done: true }
  - { title: Inventory, owner: CTO, due: 2026-02-20 }
  - { title: Runbooks, owner: Lead, due: 2026-03-20, done: true }
  - { title: Hire, owner: CEO, due: 2026-06-01 }`),
	) as Plan;

	it('puts items in the phase of their due date, with progress, and flags what is past due', () => {
		const phases = planPhases(plan, '2026-03-01');
		expect(phases.map((p) => [p.name, p.from, p.to, `${p.done}/${p.total}`, p.percent])).toEqual([
			['Listen', '2026-02-02', '2026-03-04', '1/2', 50],
			['Stabilise', '2026-03-05', '2026-04-03', '1/1', 100],
			['Outside the phases', '2026-06-01', '2026-06-01', '0/1', 0],
		]);
		expect(phases[0]?.items.map((i) => [i.title, i.overdue])).toEqual([
			['Interviews', false],
			['Inventory', true],
		]);
		expect(planPhases(plan, '2026-02-15')[0]?.items.some((i) => i.overdue)).toBe(false);
	});
});

describe('runbooks and alerts', () => {
	const runbook = (name: string, service: string, severity: string, alerts: string) =>
		doc(
			`runbooks/${name}`,
			`title: ${name}\nkind: runbook\nservice: ${service}\nseverity: ${severity}\nalerts: [${alerts}]\nescalation: x\nlastReviewed: 2026-11-01`,
		);
	const runbooks = [
		runbook('Lag', 'ingest', 'sev3', 'IngestLagHigh'),
		runbook('Down', 'ingest', 'sev1', 'IngestDown, IngestLagHigh'),
		runbook('Slow', 'api', 'sev2', 'Api Latency p99'),
	];

	it('groups runbooks by service, most severe first', () => {
		expect(runbooksByService(runbooks).map((g) => [g.service, g.runbooks.map((r) => r.title)])).toEqual([
			['api', ['Slow']],
			['ingest', ['Down', 'Lag']],
		]);
	});

	it('lists each alert once, with every runbook for it and a stable anchor', () => {
		expect(alertTable(runbooks).map((a) => [a.alert, a.anchor, a.runbooks.map((r) => r.title)])).toEqual([
			['Api Latency p99', 'Api-Latency-p99', ['Slow']],
			['IngestDown', 'IngestDown', ['Down']],
			['IngestLagHigh', 'IngestLagHigh', ['Lag', 'Down']],
		]);
		expect(alertAnchor('KubePodCrashLooping')).toBe('KubePodCrashLooping');
	});

	it('gives an alert one row of the alert table per runbook, its anchor on the first row only', () => {
		const rows = alertRunbooks(alertTable(runbooks));
		expect(rows.map((row) => [row.alert, row.anchor, row.runbook.title])).toEqual([
			['Api Latency p99', 'Api-Latency-p99', 'Slow'],
			['IngestDown', 'IngestDown', 'Down'],
			['IngestLagHigh', 'IngestLagHigh', 'Lag'],
			['IngestLagHigh', undefined, 'Down'],
		]);
	});
});

describe('needs review and the views of a client', () => {
	const documents = [
		doc('a', 'title: Old page\nkind: page\nlastReviewed: 2026-01-01\nreviewEvery: 3m'),
		doc('b', 'title: Older page\nkind: page\nlastReviewed: 2025-06-01\nreviewEvery: 1y'),
		doc('c', 'title: Fresh page\nkind: page\nlastReviewed: 2026-11-01\nreviewEvery: 90d'),
		doc('d', 'title: Unreviewed page\nkind: page'),
	];

	it('lists overdue documents, most overdue first', () => {
		expect(needsReview(documents, '2026-11-24').map((r) => [r.title, r.state.due, r.state.overdueDays])).toEqual([
			['Old page', '2026-04-01', 237],
			['Older page', '2026-06-01', 176],
		]);
	});

	it('offers the views a client’s documents call for', () => {
		expect(availableViews(documents, 'team').map((v) => v.id)).toEqual(['review', 'all']);
		expect(availableViews([...documents, ...adrs], 'team').map((v) => v.id)).toEqual([
			'adr',
			'adr/graph',
			'review',
			'all',
		]);
		// Investors get the diligence page as their home, and no review list.
		expect(availableViews([...documents, ...adrs], 'investor').map((v) => v.id)).toEqual([
			'adr',
			'adr/graph',
			'index',
			'all',
		]);
	});
});

describe('counts on the home page', () => {
	it('name one document of a kind in the singular and several in the plural', () => {
		expect(kinds.map((kind) => `1 ${kindNoun(1, kind)}; 2 ${kindNoun(2, kind)}`)).toMatchInlineSnapshot(`
			[
			  "1 decision; 2 decisions",
			  "1 runbook; 2 runbooks",
			  "1 postmortem; 2 postmortems",
			  "1 architecture overview; 2 architecture overviews",
			  "1 roadmap; 2 roadmaps",
			  "1 90-day plan; 2 90-day plans",
			  "1 security baseline; 2 security baselines",
			  "1 tech-debt register; 2 tech-debt registers",
			  "1 vendor evaluation; 2 vendor evaluations",
			  "1 hiring plan; 2 hiring plans",
			  "1 technology budget; 2 technology budgets",
			  "1 diligence narrative; 2 diligence narratives",
			  "1 page; 2 pages",
			]
		`);
	});
});
