import { describe, expect, it } from 'vitest';
import { documentData, documentProblems, mdx } from '../helpers/documents.ts';

const runbook = `
title: Ingest lag
kind: runbook
service: device-ingest
severity: sev2
alerts: [IngestLagHigh]
escalation: [Platform on-call, CTO]
dashboards: [https://grafana.example.com/d/ingest]
lastReviewed: 2026-03-14
`;

describe('runbook frontmatter', () => {
	it('accepts a runbook and defaults its review interval to 90 days', () => {
		expect(documentData(mdx(runbook))).toMatchObject({
			service: 'device-ingest',
			severity: 'sev2',
			alerts: ['IngestLagHigh'],
			escalation: ['Platform on-call', 'CTO'],
			reviewEvery: '90d',
			lastReviewed: '2026-03-14',
		});
	});

	it('accepts a one-line escalation as a one-step list', () => {
		const data = documentData(mdx(runbook.replace('escalation: [Platform on-call, CTO]', 'escalation: Call Sam')));
		expect(data).toMatchObject({ escalation: ['Call Sam'] });
	});

	it('reports a bad severity, a relative dashboard link and a missing review date', () => {
		const text = mdx(
			runbook
				.replace('severity: sev2', 'severity: critical')
				.replace('https://grafana.example.com/d/ingest', 'grafana/d/ingest')
				.replace('lastReviewed: 2026-03-14', ''),
		);
		expect(documentProblems(text)).toMatchInlineSnapshot(`
			[
			  "doc.mdx:2:1 error lastReviewed: missing; expected a date written YYYY-MM-DD [MissingField]",
			  "doc.mdx:5:11 error severity: expected one of sev1, sev2, sev3, sev4; got "critical" [NotOneOf]",
			  "doc.mdx:8:14 error dashboards[0]: expected an address starting with https://, such as https://grafana.example.com/d/abc; got "grafana/d/ingest" [InvalidValue]",
			]
		`);
	});

	it('rejects a review interval it cannot read', () => {
		expect(documentProblems(mdx(`${runbook}\nreviewEvery: quarterly`))).toMatchInlineSnapshot(`
			[
			  "doc.mdx:11:14 error reviewEvery: expected a review interval such as 90d, 12w, 6m or 1y; got "quarterly" [InvalidValue]",
			]
		`);
	});
});
