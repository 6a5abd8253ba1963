// Alert coverage on real material: kube-prometheus's alerting rules (test/fixtures/alert-rules,
// copied with their licence) against runbooks made from the prometheus-operator runbooks in
// ../shared/corpora (one per alert, named as the alert), through `cairn check` and `cairn alerts`.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { fixturesDir } from '../helpers/paths.ts';

const corpus = join(fixturesDir, '..', '..', '..', 'shared', 'corpora', 'prometheus-operator-runbooks');
const rules = join(fixturesDir, 'alert-rules', 'kube-prometheus');
const hasCorpus = existsSync(corpus);
if (!hasCorpus) console.warn(`Skipping the alert coverage test on real runbooks: ${corpus} is not there.`);

let root: string;
beforeAll(async () => {
	if (!hasCorpus) return;
	root = await mkdtemp(join(tmpdir(), 'cairn-alerts-'));
	const client = join(root, 'content', 'ops');
	await mkdir(join(client, 'runbooks'), { recursive: true });
	const files = ['nodeExporter', 'alertmanager', 'kubePrometheus'].map((name) =>
		join(rules, `${name}-prometheusRule.yaml`),
	);
	await writeFile(
		join(client, 'client.yaml'),
		[
			'name: Ops',
			'slug: ops',
			'engagement: { start: 2026-01-05, end: 2026-06-30 }',
			'site: { url: https://handbook.ops.example, base: /handbook/ }',
			'alerting:',
			'  rules:',
			...files.map((file) => `    - ${file}`),
			'',
		].join('\n'),
	);
	// Each runbook of the corpus, as a Cairn runbook for the alert it is named after.
	for (const section of ['general', 'alertmanager', 'etcd', 'node']) {
		for (const file of (await readdir(join(corpus, section))).filter(
			(name) => name.endsWith('.md') && name !== '_index.md',
		)) {
			const alert = file.replace(/\.md$/, '');
			const frontmatter = ['---', `title: ${alert}`, 'kind: runbook', `service: ${section}`, 'severity: sev2'];
			frontmatter.push(
				'escalation: [On call]',
				'lastReviewed: 2026-11-01',
				`alerts: [${alert}]`,
				'---',
				'See the alert.',
				'',
			);
			await writeFile(join(client, 'runbooks', `${alert.toLowerCase()}.mdx`), frontmatter.join('\n'));
		}
	}
});

afterAll(async () => {
	if (root) await rm(root, { recursive: true, force: true });
});

describe.skipIf(!hasCorpus)('kube-prometheus rules against the prometheus-operator runbooks', () => {
	it('cairn check lists each alert no runbook covers, at its rule, and each runbook alert no rule defines', async () => {
		const result = await runCli(['--root', root, 'check']);
		// Warnings only: the client builds, and says what to cover.
		expect(result.code, result.stdout + result.stderr).toBe(0);
		const output = result.stdout + result.stderr;
		const uncovered = [...output.matchAll(/^(\S+):(\d+):\d+ warning the alert (\S+) has no runbook/gm)].map(
			(m) => m[3],
		);
		// As test/fixtures/alert-rules/EXPECTED.md lists them, by hand: each once.
		expect(uncovered.sort()).toEqual(
			[
				'AlertmanagerClusterFailedPeers',
				'NodeBondingDegraded',
				'NodeCPUHighUsage',
				'NodeDiskIOSaturation',
				'NodeMemoryHighUtilization',
				'NodeMemoryMajorPagesFaults',
				'NodeSystemSaturation',
				'NodeSystemdServiceCrashlooping',
				'NodeSystemdServiceFailed',
			].sort(),
		);
		expect(output).toMatch(
			/kube-prometheus\/alertmanager-prometheusRule\.yaml:\d+:\d+ warning the alert AlertmanagerClusterFailedPeers has no runbook/,
		);
		// The etcd runbooks' alerts are in none of these files.
		const undefinedAlerts = [...output.matchAll(/no alerting rule defines the alert (\S+)/g)].map((m) => m[1]);
		expect(undefinedAlerts.filter((alert) => !alert?.startsWith('etcd'))).toEqual([]);
		expect(undefinedAlerts.filter((alert) => alert?.startsWith('etcd'))).toHaveLength(7);
	});

	it('cairn alerts prints a runbook_url for each covered alert, at its row of the alert table', async () => {
		const result = await runCli(['--root', root, 'alerts', '--client', 'ops']);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toContain(
			'Watchdog:\n  runbook_url: https://handbook.ops.example/handbook/runbooks/alerts/#Watchdog\n',
		);
		expect(result.stdout).toContain('# NodeCPUHighUsage: no runbook yet');
		const json = JSON.parse(
			(await runCli(['--root', root, 'alerts', '--client', 'ops', '--format', 'json'])).stdout,
		) as {
			alert: string;
			runbookUrl?: string;
		}[];
		// 21 + 8 + 4 distinct names, each once.
		expect(json).toHaveLength(33);
		expect(json.filter((link) => link.runbookUrl)).toHaveLength(24);
	});
});
