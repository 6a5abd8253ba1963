// adr-tools (Nygard) records: numbered title, Date line, Status section with `adr link` relations.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/lib/import/edits.ts';
import { parseAdrTools } from '../../src/lib/import/format-adr-tools.ts';
import { fixtureDoc, messages, textDoc } from '../helpers/import.ts';

describe('adr-tools parser', () => {
	it('reads the number and title from the heading, the date line and the status word', () => {
		const parsed = parseAdrTools(fixtureDoc('adr-tools/0001-record-decisions.md'));
		expect(parsed).toMatchObject({
			title: 'Record decisions',
			number: 1,
			slug: 'record-decisions',
			status: 'accepted',
			date: '2024-03-01',
			relations: [],
		});
		expect(messages(parsed.notes)).toEqual([]);
	});

	it('drops the title, the Date line and the Status section from the body, and nothing else', () => {
		const doc = fixtureDoc('adr-tools/0001-record-decisions.md');
		const body = applyEdits(doc.body, [], parseAdrTools(doc).removals);
		expect(body).toBe(doc.body.slice(doc.body.indexOf('## Context')));
	});

	it('reads a superseded record whose status is only the "Superseded by" line adr-tools writes', () => {
		const parsed = parseAdrTools(fixtureDoc('adr-tools/0002-use-a-queue.md'));
		expect(parsed.status).toBe('superseded');
		expect(parsed.relations).toEqual([
			{ type: 'supersededBy', target: { url: '0003-use-an-event-log.md' }, text: 'Superseded by 3. Use an event log' },
		]);
		// The relation's paragraph goes only if the relation resolves to a record of the import.
		expect(parsed.removals.filter((r) => r.requires?.length)).toHaveLength(2);
	});

	it('reads a day-first date as old adr-tools wrote it, and says so', () => {
		const parsed = parseAdrTools(fixtureDoc('adr-tools/0002-use-a-queue.md'));
		expect(parsed.date).toBe('2024-03-12');
		expect(messages(parsed.notes)).toMatchInlineSnapshot(`
			[
			  "read date "12/03/2024" as day/month/year (day first by default; --dates mdy reads month first): 2024-03-12",
			]
		`);
	});

	it('reads Amends and Supersedes lines, and keeps a relation Cairn has no field for', () => {
		const parsed = parseAdrTools(fixtureDoc('adr-tools/0004-tune-retention.md'));
		expect(parsed.status).toBe('proposed');
		expect(parsed.relations.map((r) => r.type)).toEqual(['amends']);
		expect(messages(parsed.notes)).toMatchInlineSnapshot(`
			[
			  "kept part of the Status section, which Cairn could not map to frontmatter: "Clarifies 1. Record decisions"",
			]
		`);
		const doc = fixtureDoc('adr-tools/0004-tune-retention.md');
		const body = applyEdits(doc.body, [], parsed.removals);
		expect(body).toContain('## Status\n\nClarifies [1. Record decisions](0001-record-decisions.md)\n\n## Context');
	});

	it('prefers the file number when the heading disagrees, and imports a record without a status as proposed', () => {
		const parsed = parseAdrTools(
			textDoc('# 7. Cache prices\n\nDate: 2024-01-01\n\n## Context\n\nSlow.\n', '0008-cache.md'),
		);
		expect(parsed.number).toBe(8);
		expect(parsed.status).toBe('proposed');
		expect(messages(parsed.notes)).toMatchInlineSnapshot(`
			[
			  "the title heading says 7 but the file name says 8; kept 8, which links use",
			  "the source gives no status; imported as proposed, not assumed accepted, so review it",
			]
		`);
	});

	it('is not fooled by a "## Status" or "Date:" inside a code block', () => {
		const text =
			'# 2. Log format\n\nDate: 2024-02-02\n\n## Status\n\nRejected\n\n## Example\n\n```md\n# 9. Other\n\nDate: 1999-01-01\n\n## Status\n\nAccepted\n```\n';
		const doc = textDoc(text, '0002-log-format.md');
		const parsed = parseAdrTools(doc);
		expect(parsed).toMatchObject({ title: 'Log format', number: 2, status: 'rejected', date: '2024-02-02' });
		expect(applyEdits(doc.body, [], parsed.removals)).toBe(text.slice(text.indexOf('## Example')));
	});
	it('reads titles as the person meant them: any number prefix, heading ids, trailing #s and emphasis gone', () => {
		const title = (heading: string, file = '0012-use-kafka.md') =>
			parseAdrTools(textDoc(`${heading}\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n`, file)).title;
		expect(title('# 12. Use Kafka')).toBe('Use Kafka');
		expect(title('# 12) Use Kafka')).toBe('Use Kafka');
		expect(title('# 0012 - Use Kafka')).toBe('Use Kafka');
		expect(title('# ADR-012: Use Kafka')).toBe('Use Kafka');
		expect(title('# 12 Use Kafka')).toBe('Use Kafka');
		expect(title('# Use Kafka {#use-kafka}')).toBe('Use Kafka');
		expect(title('# 12. Use Kafka ##')).toBe('Use Kafka');
		expect(title('# *Use* **Kafka**')).toBe('Use Kafka');
		expect(title('# Architecture Decision Record: Use Kafka')).toBe('Use Kafka');
		expect(title('# Decision log retention', '0012-log-retention.md')).toBe('Decision log retention');
		// A number that is part of the title stays.
		expect(title('# 3 regions for the database', '0007-regions.md')).toBe('3 regions for the database');
		const renamed = parseAdrTools(textDoc('# 12. Stream events through Kafka\n', '0012-use-a-queue.md'));
		expect(messages(renamed.notes).join('\n')).toContain('Stream events through Kafka');
	});
	it('reads status and date wherever hand-written records put them', () => {
		const read = (text: string) => {
			const parsed = parseAdrTools(textDoc(text, '0007-use-kafka.md'));
			return { status: parsed.status, date: parsed.date, relations: parsed.relations.map((r) => r.type) };
		};
		const rest = '\n\n## Context\n\nWe need a queue.\n';
		expect(read(`# ADR-007: Use Kafka\n\n| Status | Date |\n| --- | --- |\n| Accepted | 2021-03-04 |${rest}`)).toEqual({
			status: 'accepted',
			date: '2021-03-04',
			relations: [],
		});
		expect(
			read(`# Use Kafka\n\n| Field | Value |\n| --- | --- |\n| Status | Rejected |\n| Date | 4/3/2021 |${rest}`),
		).toEqual({ status: 'rejected', date: '2021-03-04', relations: [] });
		expect(read(`# 7. Use Kafka\n\n## Status: Approved\n\n## Date: 3 March 2021${rest}`)).toMatchObject({
			status: 'accepted',
			date: '2021-03-03',
		});
		expect(read(`# Use Kafka\n\n**Status:** Accepted  \n**Date:** 2021-03-04${rest}`)).toMatchObject({
			status: 'accepted',
			date: '2021-03-04',
		});
		expect(read(`# 7. Use Kafka\n\n## Status\n\nAccepted on 4 March 2021${rest}`)).toMatchObject({
			status: 'accepted',
			date: '2021-03-04',
		});
		expect(read(`# 7. Use Kafka\n\n## Date\n\nMarch 4, 2021\n\n## Status\n\nDone${rest}`)).toMatchObject({
			status: 'accepted',
			date: '2021-03-04',
		});
		expect(read(`# 7. Use Kafka\n\n## Status\n\n- [ ] Proposed\n- [x] Accepted\n- [ ] Rejected${rest}`).status).toBe(
			'accepted',
		);
		expect(read(`# 7. Kafka nutzen\n\nDatum: 04.03.2021\n\n## Status\n\nAngenommen${rest}`)).toMatchObject({
			status: 'accepted',
			date: '2021-03-04',
		});
		expect(
			read(
				`# 7. Use Kafka\n\nDate: 2021-03-04\n\n## Status\n\nAccepted\n\nSuperseded by [9. Use Pulsar](0009-use-pulsar.md)${rest}`,
			),
		).toEqual({ status: 'superseded', date: '2021-03-04', relations: ['supersededBy'] });
		expect(
			read(
				`# 7. Use Kafka\n\nDate: 2021-03-04\n\n## Status\n\nRejected in favour of [9. Use Pulsar](0009-use-pulsar.md)${rest}`,
			),
		).toEqual({ status: 'rejected', date: '2021-03-04', relations: [] });
	});
});
