// The data of the diligence page and the home page, computed in src/lib/views/ and handed to
// their components: which document each part comes from, and what is left out.
import { describe, expect, it } from 'vitest';
import { diligencePage } from '../../src/lib/views/diligence.ts';
import { homePage } from '../../src/lib/views/home.ts';
import { documentData, mdx } from '../helpers/documents.ts';

const doc = (id: string, frontmatter: string, body?: string) => ({
	id,
	data: documentData(mdx(frontmatter)),
	...(body === undefined ? {} : { body }),
});

const narrative = doc(
	'diligence/n',
	'title: Narrative\nkind: diligence\naudience: [investor]\nsummary: S\nmetrics: {}',
);
const architecture = doc(
	'architecture/overview',
	'title: Overview\nkind: architecture\nsummary: Two services.\ncomponents: [{ name: API, description: D }]',
	'Text.\n\n```mermaid\ngraph TD\n  A --> B\n```\n',
);
const paidDebt = doc(
	'debt/register',
	'title: Register\nkind: debt\nitems: [{ id: TD-1, title: T, area: A, impact: 3, effort: 1, status: paid }]',
);
const page = doc('index', 'title: Home\nkind: page');

describe('the diligence page data', () => {
	it('takes each part from the first document of its kind, with its page', () => {
		const data = diligencePage([page, narrative, architecture]);
		expect(data.narrative).toMatchObject({ id: 'diligence/n', title: 'Narrative', data: { summary: 'S' } });
		expect(data.architecture).toMatchObject({
			id: 'architecture/overview',
			title: 'Overview',
			diagram: 'graph TD\n  A --> B',
		});
		expect(data.roadmap).toBeUndefined();
		expect(data.security).toBeUndefined();
	});

	it('leaves out the debt part when nothing is outstanding', () => {
		expect(diligencePage([paidDebt]).debt).toBeUndefined();
		const open = doc(
			'debt/r',
			'title: R\nkind: debt\nitems: [{ id: TD-1, title: T, area: A, impact: 3, effort: 1, status: open }]',
		);
		expect(diligencePage([open]).debt).toMatchObject({ id: 'debt/r', title: 'R', data: [{ id: 'TD-1' }] });
	});
});

describe('the home page data', () => {
	it('counts documents by kind without the home page, lists the latest changes and what is overdue', () => {
		const runbook = doc(
			'runbooks/r',
			'title: R\nkind: runbook\nservice: api\nseverity: sev2\nescalation: [On-call]\nlastReviewed: 2026-01-01',
		);
		const data = homePage(
			[page, architecture, runbook],
			{ index: '2026-03-01', 'runbooks/r': '2026-02-01' },
			'2026-06-01',
		);
		expect(data.counts.map(({ kind, count }) => [kind.name, count])).toEqual([
			['runbook', 1],
			['architecture', 1],
		]);
		expect(data.recent.map((r) => [r.id, r.changed])).toEqual([
			['index', '2026-03-01'],
			['runbooks/r', '2026-02-01'],
			['architecture/overview', ''],
		]);
		expect(data.overdue.map((row) => row.page)).toEqual(['runbooks/r']);
	});
});
