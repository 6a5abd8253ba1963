// Relations made consistent both ways, whichever side the source stated them on.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import { parseMarkdown } from '../../src/lib/import/markdown.ts';
import type { AdrStatus, RawRelation } from '../../src/lib/import/model.ts';
import { paragraphRelations } from '../../src/lib/import/relation-lines.ts';
import { resolveRelations, type RelationRecord } from '../../src/lib/import/relations.ts';
import { entryFor, messages, planFixtures, writtenText } from '../helpers/import.ts';

function record(number: number, status: AdrStatus, relations: RawRelation[] = []): RelationRecord {
	const id = `ADR-000${number}`;
	return { key: `/adr/${number}.md`, id, number, display: `${number}.md`, status, relations };
}
const link = (type: RawRelation['type'], to: number): RawRelation => ({
	type,
	target: { url: `${to}.md` },
	text: `${type} ${to}`,
});
const byUrl = (_from: RelationRecord, relation: RawRelation) =>
	'url' in relation.target ? `/adr/${relation.target.url}` : undefined;

describe('relations', () => {
	it('keeps a pair both sides state without a note', () => {
		const { records } = resolveRelations(
			[record(1, 'superseded', [link('supersededBy', 2)]), record(2, 'accepted', [link('supersedes', 1)])],
			byUrl,
		);
		expect(records.get('/adr/1.md')).toEqual({
			status: 'superseded',
			supersededBy: 'ADR-0002',
			supersedes: [],
			amends: [],
			notes: [],
		});
		expect(records.get('/adr/2.md')).toEqual({ status: 'accepted', supersedes: ['ADR-0001'], amends: [], notes: [] });
	});

	it('fills in the side the source left out, and marks the old record superseded', () => {
		const { records } = resolveRelations(
			[record(1, 'accepted'), record(2, 'accepted', [link('supersedes', 1)])],
			byUrl,
		);
		expect(records.get('/adr/1.md')?.status).toBe('superseded');
		expect(records.get('/adr/1.md')?.supersededBy).toBe('ADR-0002');
		expect(messages(records.get('/adr/1.md')?.notes ?? [])).toMatchInlineSnapshot(`
			[
			  "added supersededBy: ADR-0002, because 2.md states the relation from its side",
			  "status was accepted; set to superseded because 2.md supersedes it",
			]
		`);
	});

	it('puts amends on the amending record, whichever side says it', () => {
		const { records } = resolveRelations(
			[
				record(5, 'accepted', [link('amendedBy', 9)]),
				record(9, 'accepted'),
				record(7, 'accepted', [link('amends', 5)]),
			],
			byUrl,
		);
		expect(records.get('/adr/5.md')?.amends).toEqual([]);
		expect(records.get('/adr/9.md')?.amends).toEqual(['ADR-0005']);
		expect(records.get('/adr/7.md')?.amends).toEqual(['ADR-0005']);
		expect(messages(records.get('/adr/9.md')?.notes ?? [])).toMatchInlineSnapshot(`
			[
			  "added amends: ADR-0005, because 5.md states the relation from its side",
			]
		`);
		expect(messages(records.get('/adr/7.md')?.notes ?? [])).toEqual([]);
	});

	it('keeps the latest of two successors, and deprecates a superseded record without one', () => {
		const { records } = resolveRelations(
			[
				record(1, 'accepted'),
				record(2, 'accepted', [link('supersedes', 1)]),
				record(3, 'accepted', [link('supersedes', 1)]),
				record(4, 'superseded', [link('supersededBy', 8)]),
			],
			byUrl,
		);
		expect(records.get('/adr/1.md')?.supersededBy).toBe('ADR-0003');
		expect(records.get('/adr/2.md')?.supersedes).toEqual([]);
		expect(records.get('/adr/4.md')?.status).toBe('deprecated');
		expect(messages(records.get('/adr/1.md')?.notes ?? [])).toMatchInlineSnapshot(`
			[
			  "superseded by ADR-0002, ADR-0003 at once; kept ADR-0003, the latest, as supersededBy",
			  "added supersededBy: ADR-0003, because 3.md states the relation from its side",
			  "status was accepted; set to superseded because 3.md supersedes it",
			]
		`);
		expect(messages(records.get('/adr/4.md')?.notes ?? [])).toMatchInlineSnapshot(`
			[
			  ""supersededBy 8" points to no ADR of this import, so the frontmatter does not record it (any text saying it stays)",
			  "the status is superseded but names no successor in this import; imported as deprecated (superseded needs one)",
			]
		`);
	});

	it('breaks a contradiction: two records that each supersede the other', () => {
		const { records } = resolveRelations(
			[record(1, 'accepted', [link('supersedes', 2)]), record(2, 'accepted', [link('supersedes', 1)])],
			byUrl,
		);
		expect(records.get('/adr/1.md')).toMatchObject({ status: 'superseded', supersededBy: 'ADR-0002', supersedes: [] });
		expect(records.get('/adr/2.md')).toMatchObject({ status: 'accepted', supersedes: ['ADR-0001'] });
		expect(messages(records.get('/adr/1.md')?.notes ?? [])).toMatchInlineSnapshot(`
			[
			  "this record and ADR-0002 each say they supersede the other; kept the later one, ADR-0002, as the successor",
			  "added supersededBy: ADR-0002, because 2.md states the relation from its side",
			  "status was accepted; set to superseded because 2.md supersedes it",
			]
		`);
	});

	it('resolves relations through a whole import: adr-tools links, MADR bullets, log4brains across folders', async () => {
		const tools = await planFixtures(['adr-tools']);
		expect(writtenText(tools, '0002-use-a-queue.md')).toContain(
			'status: superseded\ndate: 2024-03-12\nsupersededBy: ADR-0003\n',
		);
		expect(writtenText(tools, '0003-use-an-event-log.md')).toContain('supersedes: [ADR-0002]\n');
		expect(writtenText(tools, '0004-tune-retention.md')).toContain('amends: [ADR-0003]\n');

		const madr = await planFixtures(['madr']);
		expect(writtenText(madr, '0003-soap-api.md')).toContain('supersededBy: ADR-0004\n');
		expect(writtenText(madr, '0004-rest-api.md')).toContain('supersedes: [ADR-0003]\n');
		const rest = entryFor(madr, '0004-rest-api.md');
		expect(rest.kind === 'write' && messages(rest.notes)).toContain(
			'added supersedes: ADR-0003, because 0003-soap-api.md states the relation from its side',
		);

		const log4brains = await planFixtures(['log4brains/docs/adr', 'log4brains/packages/web/docs/adr']);
		expect(writtenText(log4brains, '20231120-use-git-flow.md')).toContain('supersededBy: ADR-0003\n');
		expect(writtenText(log4brains, '20240102-adopt-trunk-based-development.md')).toContain('supersedes: [ADR-0001]\n');
	});
});

describe('relation sentences', () => {
	const statements = (text: string) =>
		paragraphRelations(parseMarkdown(text).children[0] as Paragraph).statements.map((s) => `${s.type} ${s.url}`);

	it('reads a partial supersession as an amendment, and carries a verb over "and"', () => {
		expect(
			statements('Note: this ADR supersedes some aspects of [ADR-15](adr-015.md) and [ADR-16](adr-016.md).\n'),
		).toEqual(['amends adr-015.md', 'amends adr-016.md']);
		expect(statements('This ADR in part supersedes [3](0003.md).\n')).toEqual(['amends 0003.md']);
		expect(statements('Partially superseded by [9](0009.md)\n')).toEqual(['amendedBy 0009.md']);
		expect(statements('Superseded by [9](0009.md), see also [4](0004.md)\n')).toEqual([
			'supersededBy 0009.md',
			'undefined 0004.md',
		]);
		expect(statements('**These ranges have been superseded by [ADR #33](0033.md).**\n')).toEqual([
			'supersededBy 0033.md',
		]);
	});
});
