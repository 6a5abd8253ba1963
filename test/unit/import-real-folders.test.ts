// The importer on real public ADR folders it was not written for (test/fixtures/adr-folders/):
// every record's title, status, date and relations against what a person wrote by hand before
// the importer read the folder; nothing assumed accepted; the dry run's table and JSON.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../src/lib/import/plan.ts';
import { dryRunLines, planJson } from '../../src/lib/import/report.ts';
import { readSourceFolders } from '../../src/lib/import/source-fs.ts';
import {
	adrFolderCases,
	adrFoldersDir,
	compareWithExpected,
	sourcePrefix,
	type AdrFolderCase,
} from '../helpers/adr-folders.ts';

async function plan(testCase: AdrFolderCase) {
	const cwd = join(adrFoldersDir, testCase.name);
	return planImport({
		projectRoot: '/project',
		client: 'acme',
		base: '/',
		existing: [],
		folders: await readSourceFolders(cwd, [testCase.folder]),
		format: 'auto',
		...(testCase.dates ? { dates: testCase.dates } : {}),
		exists: () => false,
	});
}

const cases = adrFolderCases();

describe('cairn import adr on real folders, against hand-written expectations', () => {
	it('has at least one folder to read', () => {
		expect(cases.length).toBeGreaterThan(0);
	});

	for (const testCase of cases) {
		it(`${testCase.name}: ≥ 98% of records right, none assumed accepted, the right files skipped`, async () => {
			const result = await plan(testCase);
			const comparison = compareWithExpected(result, testCase);
			const accuracy = comparison.right / comparison.total;
			console.info(
				`${testCase.name}: ${comparison.right}/${comparison.total} records right (${(accuracy * 100).toFixed(1)}%)`,
			);
			expect(accuracy, comparison.mismatches.join('\n')).toBeGreaterThanOrEqual(0.98);
			expect(comparison.assumedAccepted).toEqual([]);
			const skipped = result.entries.flatMap((entry) =>
				entry.kind === 'skip' ? [entry.source.slice(sourcePrefix(testCase).length)] : [],
			);
			expect(skipped.sort()).toEqual([...testCase.skipped].sort());
			expect(result.entries.filter((entry) => entry.kind === 'fail')).toEqual([]);
		});
	}
});

describe('the dry run', () => {
	const testCase = cases.find((c) => c.name === 'moj-cloud-platform');

	it.skipIf(!testCase)(
		'shows each file as a row: id, title, status and date beside what the source wrote',
		async () => {
			if (!testCase) return;
			const lines = dryRunLines(await plan(testCase));
			expect(lines[0]).toMatch(/^file\s+id\s+title\s+status ← source\s+date ← source\s+relations$/);
			const row = (file: string) =>
				lines.find((line) => line.startsWith(`architecture-decision-record/${file} `)) ?? '';
			expect(row('018-Dedicated-Ingress-Controllers.md')).toMatch(/ADR-0018 .* rejected ← "❌ Rejected/);
			expect(row('021-Multi-cluster.md')).toMatch(/superseded ← ".*Superseded by.* superseded by ADR-0036/);
			expect(row('004-use-kubernetes-for-container-management.md')).toContain('2018-04-10 ← "10/04/18"');
			expect(row('README.md')).toContain('skipped');
			expect(lines.at(-1)).toMatch(/^Dry run, nothing written\. Would import 49 ADRs/);
			// Notes follow the table, grouped under the file they are about, one decision per line.
			const group = lines.indexOf(
				'architecture-decision-record/021-Multi-cluster.md → content/acme/adr/0021-multi-cluster.mdx',
			);
			expect(group).toBeGreaterThan(0);
			expect(lines[group + 1]).toMatch(/^ {2}- /);
		},
	);

	it.skipIf(!testCase)('as JSON: one object per file, with the source status and the notes', async () => {
		if (!testCase) return;
		const json = planJson(await plan(testCase), false) as { written: boolean; files: Record<string, unknown>[] };
		expect(json.written).toBe(false);
		expect(json.files).toHaveLength(50);
		const file = json.files.find((f) => f.source === 'architecture-decision-record/034-EKS-Fargate.md');
		expect(file).toMatchObject({ action: 'write', id: 'ADR-0034', status: 'proposed' });
		expect(String(file?.sourceStatus)).toContain('Incomplete');
	});
});
