// The postmortem kind: its frontmatter rules at their lines, the incident views' arithmetic, the
// diligence figures it feeds, and its references to runbooks and ADRs checked like any other.
import { describe, expect, it } from 'vitest';
import { addDuration, checkIsoDateTime, formatMinutes } from '../../src/core/dates.ts';
import { buildSidebar } from '../../src/lib/sidebar.ts';
import { diligenceFigures } from '../../src/lib/views/diligence.ts';
import { incidentFigures, incidentsByMonth, openActions, recoveryByService } from '../../src/lib/views/postmortems.ts';
import type { Postmortem } from '../../src/schemas/postmortem.ts';
import { checkFiles } from '../helpers/check.ts';
import { documentData, documentProblems, mdx } from '../helpers/documents.ts';

const postmortem = (started: string, detected: string, resolved: string, extra = '') => `
title: Outage ${started}
kind: postmortem
severity: sev2
services: [api, db]
started: ${started}
detected: ${detected}
resolved: ${resolved}
customerImpact: Customers could not log in.
rootCause: configuration
${extra}`;

const twoActions = (second: string) =>
	`actions:\n  - { id: A-1, title: T, owner: O, due: 2026-04-01, status: open }\n  - { ${second}, title: U, owner: O, due: 2026-04-01, status: ${second.includes('A-1') ? 'done' : 'todo'} }\n`;

const parsed = (text: string) => documentData(mdx(text)) as unknown as Postmortem;
const doc = (id: string, text: string) => ({ id, data: documentData(mdx(text)) });

describe('postmortem frontmatter', () => {
	it('reads times in any zone as UTC instants, with defaults filled', () => {
		expect(parsed(postmortem('2026-03-14T02:10Z', '2026-03-14 03:24 UTC', '2026-03-14T06:05:00+02:00'))).toMatchObject({
			started: '2026-03-14T02:10:00Z',
			detected: '2026-03-14T03:24:00Z',
			resolved: '2026-03-14T04:05:00Z',
		});
		// Unquoted with seconds, YAML reads a timestamp itself; without a zone it is UTC either way.
		expect(parsed(postmortem('2026-03-14T02:10:00Z', '2026-03-14 02:20:00', '2026-03-14T03:05'))).toMatchObject({
			started: '2026-03-14T02:10:00Z',
			detected: '2026-03-14T02:20:00Z',
			resolved: '2026-03-14T03:05:00Z',
			actions: [],
			runbooks: [],
			adrs: [],
		});
	});

	it('reports times out of order, unreal times, unknown causes and bad action items at their lines', () => {
		const problems = [
			mdx(postmortem('2026-03-14T02:10Z', '2026-03-14T02:00Z', '2026-03-14T01:59Z')),
			mdx(postmortem('2026-03-14T25:10Z', '2026-03-14T02:00Z', 'soon')),
			mdx(
				postmortem('2026-03-14T02:10Z', '2026-03-14T02:20Z', '2026-03-14T03:05Z', twoActions('id: A-2')).replace(
					'rootCause: configuration',
					'rootCause: config',
				),
			),
			mdx(postmortem('2026-03-14T02:10Z', '2026-03-14T02:20Z', '2026-03-14T03:05Z', twoActions('id: A-1'))),
		].flatMap((text) => documentProblems(text));
		expect(problems).toEqual([
			expect.stringMatching(
				/^doc\.mdx:7:11 error detected: detected \(2026-03-14T02:00:00Z\) is before started \(2026-03-14T02:10:00Z\)/,
			),
			expect.stringMatching(
				/^doc\.mdx:8:11 error resolved: resolved \(2026-03-14T01:59:00Z\) is before detected \(2026-03-14T02:00:00Z\)/,
			),
			expect.stringMatching(/^doc\.mdx:6:10 error started: not a real time \(25:10:00\)/),
			expect.stringMatching(/^doc\.mdx:8:11 error resolved: expected a date and time, such as 2026-03-14T02:10Z/),
			expect.stringMatching(/^doc\.mdx:10:12 error rootCause: expected one of change, code, configuration/),
			expect.stringMatching(
				/^doc\.mdx:13:\d+ error actions\[1\]\.status: expected one of open, in-progress, done, wont-do/,
			),
			expect.stringMatching(/^doc\.mdx:13:\d+ error actions\[1\]\.id: the id "A-1" is already used by item 1/),
		]);
	});
});

describe('dates and times', () => {
	it('reads a date and time in the forms people write, and says minutes as people do', () => {
		expect(checkIsoDateTime('2026-03-14T04:10+0200')).toEqual({ ok: true, dateTime: '2026-03-14T02:10:00Z' });
		expect(checkIsoDateTime('2026-02-30T01:00Z')).toEqual({
			ok: false,
			reason: 'not a real date (February 2026 has 28 days)',
		});
		expect([5, 59.6, 60, 125, 1440, 1530, 4000].map(formatMinutes)).toEqual([
			'5 min',
			'1 h',
			'1 h',
			'2 h 05 min',
			'1 d',
			'1 d 1 h',
			'2 d 18 h',
		]);
	});

	it('goes back by months across a year', () => {
		expect(addDuration('2026-04-15', { amount: -12, unit: 'm' })).toBe('2025-04-15');
		expect(addDuration('2026-03-31', { amount: -1, unit: 'm' })).toBe('2026-02-28');
		expect(addDuration('2026-01-10', { amount: -1, unit: 'y' })).toBe('2025-01-10');
	});
});

describe('incident views', () => {
	const a = doc(
		'postmortems/a',
		postmortem(
			'2026-03-14T02:10Z',
			'2026-03-14T02:20Z',
			'2026-03-14T03:10Z',
			'actions:\n  - { id: A-1, title: Late, owner: O, due: 2026-04-01, status: open }\n  - { id: A-2, title: Done, owner: O, due: 2026-03-20, status: done }\n',
		),
	);
	const b = doc(
		'postmortems/b',
		postmortem(
			'2026-03-30T10:00Z',
			'2026-03-30T10:30Z',
			'2026-03-30T12:00Z',
			'actions:\n  - { id: B-1, title: Soon, owner: P, due: 2026-06-01, status: in-progress }\n',
		).replace('severity: sev2', 'severity: sev1'),
	);
	const c = doc(
		'postmortems/c',
		postmortem('2025-01-02T00:00Z', '2025-01-02T00:05Z', '2025-01-02T00:15Z').replace('[api, db]', '[db]'),
	);
	const incidents = [a, b, c] as Parameters<typeof incidentsByMonth>[0];

	it('counts incidents per month by severity, with the time down', () => {
		expect(incidentsByMonth(incidents)).toEqual([
			{ month: '2025-01', count: 1, bySeverity: { sev1: 0, sev2: 1, sev3: 0, sev4: 0 }, downtimeMinutes: 15 },
			{ month: '2026-03', count: 2, bySeverity: { sev1: 1, sev2: 1, sev3: 0, sev4: 0 }, downtimeMinutes: 180 },
		]);
	});

	it('averages detection and restore per service, slowest first', () => {
		expect(recoveryByService(incidents)).toEqual([
			{ service: 'api', incidents: 2, meanTimeToDetect: 20, meanTimeToRestore: 90 },
			{ service: 'db', incidents: 3, meanTimeToDetect: 15, meanTimeToRestore: 65 },
		]);
	});

	it('lists open action items soonest first, past due marked', () => {
		expect(openActions(incidents, '2026-04-15').map((x) => [x.id, x.postmortem.id, x.overdue])).toEqual([
			['A-1', 'postmortems/a', true],
			['B-1', 'postmortems/b', false],
		]);
	});

	it('feeds the diligence page: incidents in the last twelve months and their mean time to restore', () => {
		const figures = incidentFigures(
			incidents.map((i) => i.data),
			'2026-04-15',
		);
		expect(figures).toEqual({ incidents12m: 2, mttr: '1 h 30 min', postmortems: 3 });
		expect(incidentFigures([], '2026-04-15')).toBeUndefined();
		const metrics = { mttr: '34 minutes', incidents12m: 5, testCoverage: 70 };
		expect(diligenceFigures(metrics, figures)).toEqual([
			{ label: 'Test coverage', value: '70%' },
			{ label: 'Time to restore (MTTR)', value: '1 h 30 min', source: 'from 3 postmortems' },
			{ label: 'Incidents, last 12 months', value: '2', source: 'from 3 postmortems' },
		]);
		expect(diligenceFigures(metrics, undefined)).toEqual([
			{ label: 'Test coverage', value: '70%' },
			{ label: 'Time to restore (MTTR)', value: '34 minutes' },
			{ label: 'Incidents, last 12 months', value: '5' },
		]);
	});

	it('names the newest incidents first in the sidebar', () => {
		const [group] = buildSidebar(
			incidents.map((i) => ({ id: i.id, data: i.data })),
			{ views: [], today: '2026-04-15' },
		);
		expect(group).toMatchObject({
			label: 'Postmortems',
			items: [{ slug: 'postmortems/b' }, { slug: 'postmortems/a' }, { slug: 'postmortems/c' }],
		});
	});
});

describe('postmortem references', () => {
	it('must name runbooks and ADRs of the client', () => {
		const runbook =
			'---\ntitle: R\nkind: runbook\nservice: api\nseverity: sev2\nescalation: [On-call]\nlastReviewed: 2026-03-01\n---\n';
		const refs = 'runbooks: [runbooks/api-down, runbooks/ap-down]\nadrs: [ADR-0009]\n';
		const text = `---${postmortem('2026-03-14T02:10Z', '2026-03-14T02:20Z', '2026-03-14T03:05Z', refs)}---\n`;
		expect(
			checkFiles({ 'runbooks/api-down.mdx': runbook, 'postmortems/p.mdx': text }, { today: '2026-03-20' }),
		).toEqual([
			expect.stringMatching(
				/^content\/acme\/postmortems\/p\.mdx:11:31 error runbooks\[1\]: no runbook has the id runbooks\/ap-down — did you mean "runbooks\/api-down"\?/,
			),
			expect.stringMatching(
				/^content\/acme\/postmortems\/p\.mdx:12:8 error adrs\[0\]: there is no ADR-0009 in this client/,
			),
		]);
	});
});
