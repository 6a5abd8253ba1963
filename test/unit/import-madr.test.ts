// MADR 2–4 records: YAML front matter or `* Status:` bullets, number in the file name.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/lib/import/edits.ts';
import { parseMadr } from '../../src/lib/import/format-madr.ts';
import { fixtureDoc, messages, textDoc } from '../helpers/import.ts';

describe('MADR parser', () => {
	it('never assumes accepted when the front matter is only site navigation, and drops those keys once', () => {
		const parsed = parseMadr(fixtureDoc('madr/0000-use-madr.md'));
		expect(parsed).toMatchObject({
			title: 'Use MADR for Decisions',
			number: 0,
			status: 'proposed',
			decisionMakers: [],
		});
		expect(parsed.date).toBeUndefined();
		expect(messages(parsed.notes)).toMatchInlineSnapshot(`
			[
			  "dropped front matter keys parent, nav_order: not ADR metadata Cairn has a field for",
			  "the source gives no status; imported as proposed, not assumed accepted, so review it",
			]
		`);
	});

	it('reads MADR 4 front matter: status, date, decision-makers, consulted, informed', () => {
		const parsed = parseMadr(fixtureDoc('madr/0001-Choose-Postgres.md'));
		expect(parsed).toMatchObject({
			title: 'Choose "Postgres" for Billing',
			number: 1,
			slug: 'Choose-Postgres',
			status: 'accepted',
			date: '2024-02-05',
			decisionMakers: ['Mira Chen (CTO)', 'Tomas Varga'],
			consulted: ['Platform team'],
			informed: ['Support'],
		});
	});

	it('ignores the front matter, H1 and "## Decision Outcome" inside a fenced code block', () => {
		const doc = fixtureDoc('madr/0001-Choose-Postgres.md');
		const parsed = parseMadr(doc);
		expect(parsed.status).toBe('accepted');
		const body = applyEdits(doc.body, [], parsed.removals);
		expect(body.startsWith('## Context and Problem Statement')).toBe(true);
		expect(body).toContain('```markdown\n---\nstatus: rejected\n---\n# Not a title\n\n## Decision Outcome\n```\n');
	});

	it('maps "on hold" to proposed and says so', () => {
		const parsed = parseMadr(fixtureDoc('madr/0002-cache-layer.md'));
		expect(parsed.status).toBe('proposed');
		expect(messages(parsed.notes)).toMatchInlineSnapshot(`
			[
			  "dropped front matter keys parent, nav_order: not ADR metadata Cairn has a field for",
			  "status "on hold" read as proposed",
			]
		`);
	});

	it('reads MADR 2 bullets, a successor link in the status, and drops only the bullets', () => {
		const doc = fixtureDoc('madr/0003-soap-api.md');
		const parsed = parseMadr(doc);
		expect(parsed).toMatchObject({
			status: 'superseded',
			date: '2023-05-01',
			decisionMakers: ['Mira Chen', 'Tomas Varga'],
			relations: [{ type: 'supersededBy', target: { url: '0004-rest-api.md' } }],
		});
		expect(applyEdits(doc.body, [], parsed.removals)).toBe(doc.body.slice(doc.body.indexOf('Technical Story')));
	});

	it('reads relations from a Links section and keeps the section', () => {
		const parsed = parseMadr(fixtureDoc('madr/0004-rest-api.md'));
		expect(parsed.tags).toEqual(['api-design', 'partners']);
		expect(parsed.relations).toEqual([]);
		const amending = parseMadr(
			textDoc('# B\n\n## Links\n\n* Amends [ADR-0001](0001-a.md)\n* Refined by [x](x.md)\n', '0002-b.md'),
		);
		expect(amending.relations).toEqual([{ type: 'amends', target: { url: '0001-a.md' }, text: 'Amends ADR-0001' }]);
	});

	it('reads a successor named by number, and treats template placeholders as missing', () => {
		const parsed = parseMadr(
			textDoc(
				'---\nstatus: superseded by ADR-0012\ndate: "{YYYY-MM-DD when decided}"\ndeciders: "[list everyone]"\n---\n# Old\n',
				'0003-old.md',
			),
		);
		expect(parsed.relations).toEqual([
			{ type: 'supersededBy', target: { number: 12 }, text: 'superseded by ADR-0012' },
		]);
		expect(parsed.date).toBeUndefined();
		expect(parsed.decisionMakers).toEqual([]);
	});

	it('strips a number written before the title', () => {
		const parsed = parseMadr(textDoc('# ADR-0003: Cache prices\n\nText.\n', '0003-cache-prices.md'));
		expect(parsed.title).toBe('Cache prices');
		expect(messages(parsed.notes)).toMatchInlineSnapshot(`
			[
			  "removed the number from the title heading "ADR-0003: Cache prices"",
			  "the source gives no status; imported as proposed, not assumed accepted, so review it",
			]
		`);
	});
});
