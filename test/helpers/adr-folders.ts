// The real ADR folders of test/fixtures/adr-folders/, each with the expectations a person wrote by
// hand before the importer read it (expected.json), and the comparison of a plan against them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportPlan } from '../../src/lib/import/plan.ts';
import { fixturesDir } from './paths.ts';

export const adrFoldersDir = join(fixturesDir, 'adr-folders');

export interface ExpectedRecord {
	title: string;
	status: string;
	date: string | null;
	supersedes: string[];
	supersededBy: string | null;
	amends: string[];
}

export interface AdrFolderCase {
	name: string;
	/** The ADR folder, relative to the case's directory. */
	folder: string;
	dates?: 'dmy' | 'mdy';
	records: Record<string, ExpectedRecord>;
	skipped: string[];
	/**
	 * The errors `cairn check` must still report after the import, each as the start of its line
	 * (`content/acme/adr/0008-x.mdx:567:13 error a JSON Web Token`): what only the folder's owner can
	 * decide, such as an example token. None when absent.
	 */
	checkErrors?: string[];
}

export function adrFolderCases(): AdrFolderCase[] {
	return readdirSync(adrFoldersDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => ({
			name: entry.name,
			...(JSON.parse(readFileSync(join(adrFoldersDir, entry.name, 'expected.json'), 'utf8')) as Omit<
				AdrFolderCase,
				'name'
			>),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** What the import's report puts before a file's path inside the folder: `docs/adr/`, or nothing for `.`. */
export const sourcePrefix = (testCase: AdrFolderCase) => (testCase.folder === '.' ? '' : `${testCase.folder}/`);

export interface Comparison {
	/** One line per field of a record that differs from the expectation. */
	mismatches: string[];
	/** Records whose title, status, date and relations all match. */
	right: number;
	total: number;
	/** Records imported as accepted although the source gave no status. */
	assumedAccepted: string[];
}

/** Compares a plan of `folder` with what a person expected of each of its records. */
export function compareWithExpected(plan: ImportPlan, testCase: AdrFolderCase): Comparison {
	const prefix = sourcePrefix(testCase);
	const written = new Map(
		plan.entries.flatMap((entry) =>
			entry.kind === 'write' && entry.source.startsWith(prefix) ? [[entry.source.slice(prefix.length), entry]] : [],
		),
	);
	const idOf = (path: string | null) => (path === null ? undefined : (written.get(path)?.record.id ?? `?${path}`));
	const ids = (paths: readonly string[]) => paths.map((path) => idOf(path)).sort();
	const comparison: Comparison = { mismatches: [], right: 0, total: 0, assumedAccepted: [] };
	for (const [path, expected] of Object.entries(testCase.records)) {
		comparison.total++;
		const entry = written.get(path);
		if (!entry) {
			comparison.mismatches.push(`${path}: not imported`);
			continue;
		}
		const actual = entry.record;
		const fields: [string, unknown, unknown][] = [
			['title', actual.title, expected.title],
			['status', actual.status, expected.status],
			['date', actual.date ?? null, expected.date],
			['supersedes', [...actual.supersedes].sort(), ids(expected.supersedes)],
			['supersededBy', actual.supersededBy, idOf(expected.supersededBy)],
			['amends', [...actual.amends].sort(), ids(expected.amends)],
		];
		const wrong = fields.filter(([, a, e]) => JSON.stringify(a) !== JSON.stringify(e));
		for (const [field, a, e] of wrong)
			comparison.mismatches.push(`${path}: ${field} is ${JSON.stringify(a)}, expected ${JSON.stringify(e)}`);
		if (wrong.length === 0) comparison.right++;
		if (actual.status === 'accepted' && actual.sourceStatus === undefined) comparison.assumedAccepted.push(path);
	}
	return comparison;
}
