// Alert coverage: the alerts rule files define, read in the shapes real alerting writes them, and
// how they compare with the alerts the runbooks name.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alertCoverage } from '../../src/lib/alerts/coverage.ts';
import { readRuleFile } from '../../src/lib/alerts/rule-files.ts';
import { assembleClient } from '../../src/lib/project.ts';
import type { ValidDocument } from '../../src/lib/check/context.ts';
import { fixturesDir } from '../helpers/paths.ts';

const names = (text: string) => readRuleFile('rules.yaml', text).alerts.map((a) => [a.name, a.line, a.column]);

describe('a rule file', () => {
	it('of Prometheus: each alert at its line, recording rules left out', () => {
		const text = [
			'groups:',
			'  - name: api',
			'    rules:',
			'      - record: job:errors:rate5m',
			'        expr: sum(rate(errors[5m]))',
			'      - alert: ApiDown',
			'        expr: up == 0',
			'        annotations:',
			'          runbook_url: https://runbooks.example/ApiDown',
			'      - alert: "Api Latency High"',
			'        expr: latency > 1',
		].join('\n');
		expect(names(text)).toEqual([
			['ApiDown', 6, 16],
			['Api Latency High', 10, 16],
		]);
		expect(readRuleFile('r.yaml', text).alerts[0]?.runbookUrl).toBe('https://runbooks.example/ApiDown');
	});

	it('as a PrometheusRule, several to a file, or inside a ConfigMap', () => {
		const text = [
			'apiVersion: monitoring.coreos.com/v1',
			'kind: PrometheusRule',
			'spec:',
			'  groups:',
			'    - name: a',
			'      rules:',
			'        - alert: First',
			'          expr: vector(1)',
			'---',
			'apiVersion: v1',
			'kind: ConfigMap',
			'data:',
			'  extra.rules.yaml: |',
			'    groups:',
			'      - name: b',
			'        rules:',
			'          - alert: Second',
			'            expr: vector(1)',
		].join('\n');
		expect(names(text).map(([name, line]) => [name, line])).toEqual([
			['First', 7],
			['Second', 17],
		]);
	});

	it('exported from Grafana: each rule named by its title', () => {
		const text = [
			'apiVersion: 1',
			'groups:',
			'  - orgId: 1',
			'    name: storage',
			'    folder: Infra',
			'    rules:',
			'      - uid: d1',
			'        title: Disk almost full',
			'        condition: C',
			'        data: []',
		].join('\n');
		expect(names(text)).toEqual([['Disk almost full', 8, 16]]);
	});

	it('that is not YAML (a template not rendered) says where', () => {
		const reading = readRuleFile('chart.yaml', 'groups:\n  - name: a\n    rules:\n{{- range .Values.alerts }}\n');
		expect(reading.alerts).toEqual([]);
		expect(reading.errors[0]?.line).toBe(4);
	});
});

describe('coverage', () => {
	const project = assembleClient({
		slug: 'acme',
		dir: '/p/content/acme',
		clientYaml: 'name: Acme\nslug: acme\nengagement: { start: 2026-01-05, end: 2026-06-30 }\n',
		documents: [
			{
				path: 'runbooks/api.mdx',
				text: '---\ntitle: API\nkind: runbook\nservice: api\nseverity: sev1\nescalation: [On call]\nlastReviewed: 2026-11-01\nalerts: [ApiDown, ApiLatncyHigh]\n---\nRestart.\n',
			},
		],
		fileAt: () => 'file',
	});
	const documents = project.documents.filter((d): d is ValidDocument => d.data !== undefined);
	const defined = ['ApiDown', 'ApiLatencyHigh', 'ApiLatencyHigh'].map((name, i) => ({
		name,
		file: 'infra/api.yaml',
		line: 10 + i,
		column: 16,
	}));

	it('names each alert without a runbook once, at its rule, and each runbook alert no rule defines', () => {
		const problems = alertCoverage('acme', documents, defined);
		expect(problems.map((p) => [p.code, p.file, p.line, p.message, p.hint])).toEqual([
			[
				'RunbookAlertUndefined',
				'content/acme/runbooks/api.mdx',
				8,
				'no alerting rule defines the alert ApiLatncyHigh',
				'did you mean "ApiLatencyHigh"?',
			],
			[
				'AlertWithoutRunbook',
				'infra/api.yaml',
				11,
				'the alert ApiLatencyHigh has no runbook',
				'write one (npx cairn new runbook --client acme --title "…" --service … --severity … --alert ApiLatencyHigh), or add ApiLatencyHigh to the alerts of the runbook that covers it',
			],
		]);
	});
});

describe('real public rule sets', () => {
	const root = join(fixturesDir, 'alert-rules');
	const sets = existsSync(root) ? readdirSync(root).filter((name) => !name.includes('.')) : [];

	it.each(sets)('%s: every alert its files define is read', (set) => {
		for (const file of readdirSync(join(root, set)).filter((name) => /\.ya?ml$/.test(name))) {
			const text = readFileSync(join(root, set, file), 'utf8');
			const reading = readRuleFile(file, text);
			expect(reading.errors, file).toEqual([]);
			// Counted independently: the lines that define an alert, as these files write them.
			const written = text.match(/^\s*-?\s*(alert|title):\s*\S/gm)?.length ?? 0;
			expect(reading.alerts.length, file).toBe(written);
			expect(reading.alerts.length, file).toBeGreaterThan(0);
		}
	});
});
