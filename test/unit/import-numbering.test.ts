// Numbers kept from the source, refused when taken, or given in date order to log4brains records.
import { describe, expect, it } from 'vitest';
import { assignNumbers, type NumberRequest } from '../../src/lib/import/numbering.ts';
import { messages, planFixtures } from '../helpers/import.ts';

const kept = (number: number, name = `${number}-x.md`): NumberRequest => ({
	key: `/a/${name}`,
	display: `a/${name}`,
	keeps: true,
	number,
	fileName: name,
});
const dated = (name: string, sortDate?: string): NumberRequest => ({
	key: `/b/${name}`,
	display: `b/${name}`,
	keeps: false,
	...(sortDate ? { sortDate } : {}),
	fileName: name,
});

describe('numbering', () => {
	it('keeps the numbers of numbered formats, 0 included', () => {
		const numbers = assignNumbers([kept(0), kept(5)], [], 'content/acme');
		expect([...numbers.values()].map((n) => n.number)).toEqual([0, 5]);
	});

	it('refuses a number used twice in the import, or already used by the client', () => {
		expect(() =>
			assignNumbers([kept(5, '0005-a.md'), kept(5, '0005-b.md')], [], 'content/acme'),
		).toThrowErrorMatchingInlineSnapshot(
			`[UserError: The files a/0005-a.md and a/0005-b.md both have number 5, and ADR ids must be unique. Renumber one of them, or import them into different clients. [ImportNumberTwice]]`,
		);
		expect(() =>
			assignNumbers([kept(4)], [{ path: 'adr/0004-use-postgres.mdx', number: 4 }], 'content/acme'),
		).toThrowErrorMatchingInlineSnapshot(
			`[UserError: ADR-0004 already exists (content/acme/adr/0004-use-postgres.mdx) and a/4-x.md keeps its number 4. Import into a client without ADR-0004, or renumber one of them first. [ImportNumberTaken]]`,
		);
	});

	it('numbers log4brains records by date, ties by file name, after the highest number in use', () => {
		const numbers = assignNumbers(
			[
				dated('20240102-b.md', '2024-01-02'),
				dated('20240102-a.md', '2024-01-02'),
				dated('undated.md'),
				dated('20231120-c.md', '2023-11-20'),
			],
			[{ path: 'adr/0007-x.mdx', number: 7 }, { path: 'guides/intro.mdx' }],
			'content/acme',
		);
		expect(Object.fromEntries([...numbers].map(([key, n]) => [key, n.number]))).toEqual({
			'/b/20231120-c.md': 8,
			'/b/20240102-a.md': 9,
			'/b/20240102-b.md': 10,
			'/b/undated.md': 11,
		});
		expect(messages(numbers.get('/b/20240102-a.md')?.notes ?? [])).toMatchInlineSnapshot(`
			[
			  "numbered ADR-0009 by date order (2024-01-02), ties by file name: log4brains records have no numbers",
			]
		`);
		expect(messages(numbers.get('/b/undated.md')?.notes ?? [])).toMatchInlineSnapshot(`
			[
			  "numbered ADR-0011 by date order (no date: after the dated ones), ties by file name: log4brains records have no numbers",
			]
		`);
	});

	it('numbers the log4brains fixture across two folders in one sequence', async () => {
		const plan = await planFixtures(['log4brains/docs/adr', 'log4brains/packages/web/docs/adr']);
		expect(plan.entries.flatMap((e) => (e.kind === 'write' ? [e.target] : []))).toEqual([
			'content/acme/adr/0001-use-git-flow.mdx',
			'content/acme/adr/0002-adopt-feature-flags.mdx',
			'content/acme/adr/0003-adopt-trunk-based-development.mdx',
			'content/acme/adr/0004-cache-pages-at-the-edge.mdx',
		]);
	});
});
