// Statuses mapped honestly, and the metadata values ADR tools write: dates, people, tags.
import { describe, expect, it } from 'vitest';
import { readDate, readPeople, readTags } from '../../src/lib/import/fields.ts';
import { readStatus } from '../../src/lib/import/status.ts';
import { messages } from '../helpers/import.ts';

describe('status mapping', () => {
	it("keeps Cairn's statuses whatever their case, and reports every other mapping", () => {
		const table = [
			'Accepted',
			'proposed',
			'*Rejected*',
			'Deprecated.',
			'on hold',
			'draft',
			'Approved',
			'Accepted on 2016-02-12',
			'superseded by ADR-0012',
			'Superceded by [3. Use a log](0003-use-a-log.md)',
			'superseded by 20201016-use-the-adr-slug',
			'in limbo',
		].map((text) => {
			const reading = readStatus(text);
			const number = reading.successorNumber === undefined ? '' : ` → ${reading.successorNumber}`;
			return `${text}: ${reading.status}${number}${reading.notes.length ? ` (${messages(reading.notes).join('; ')})` : ''}`;
		});
		expect(table).toMatchInlineSnapshot(`
			[
			  "Accepted: accepted",
			  "proposed: proposed",
			  "*Rejected*: rejected",
			  "Deprecated.: deprecated",
			  "on hold: proposed (status "on hold" read as proposed)",
			  "draft: proposed (status "draft" read as proposed)",
			  "Approved: accepted (status "Approved" read as accepted)",
			  "Accepted on 2016-02-12: accepted (status "Accepted on 2016-02-12" read as accepted)",
			  "superseded by ADR-0012: superseded → 12",
			  "Superceded by [3. Use a log](0003-use-a-log.md): superseded",
			  "superseded by 20201016-use-the-adr-slug: superseded",
			  "in limbo: proposed (status "in limbo" is not one Cairn knows; imported as proposed, so review it)",
			]
		`);
	});
});

describe('status words the way people write them', () => {
	const read = (text: string) => readStatus(text).status;

	it('finds the word behind emoji (with variation selectors), in any case, before qualifiers and links', () => {
		expect(read('✅ Accepted')).toBe('accepted');
		expect(read('⌛️ Superseded by [036. Multi-cluster](036-multi-cluster.md)')).toBe('superseded');
		expect(read('🟢 ACCEPTED')).toBe('accepted');
		expect(read('**Status:** accepted')).toBe('accepted');
		expect(read('Accepted (for the pilot only)')).toBe('accepted');
		expect(read('❌ Rejected (see [019](019-shared.md))')).toBe('rejected');
		expect(read('Proposed → Accepted')).toBe('accepted');
		expect(read('~~Proposed~~ Accepted')).toBe('accepted');
		expect(read('Rejected in favour of [ADR 7](0007-x.md)')).toBe('rejected');
	});

	it('maps the common synonyms, each with a note', () => {
		const table = Object.fromEntries(
			[
				'Pending',
				'Draft',
				'WIP',
				'On hold',
				'Incomplete',
				'Approved',
				'Agreed',
				'Done',
				'Adopted',
				'Replaced',
				'Obsolete',
				'Retired',
				'Withdrawn',
				'Declined',
			].map((text) => [text, read(text)]),
		);
		expect(table).toEqual({
			Pending: 'proposed',
			Draft: 'proposed',
			WIP: 'proposed',
			'On hold': 'proposed',
			Incomplete: 'proposed',
			Approved: 'accepted',
			Agreed: 'accepted',
			Done: 'accepted',
			Adopted: 'accepted',
			Replaced: 'superseded',
			Obsolete: 'deprecated',
			Retired: 'deprecated',
			Withdrawn: 'rejected',
			Declined: 'rejected',
		});
		expect(messages(readStatus('Agreed').notes)).toEqual(['status "Agreed" read as accepted']);
	});

	it('reads statuses written in other languages', () => {
		expect(read('Aceito')).toBe('accepted');
		expect(read('Aceptado')).toBe('accepted');
		expect(read('Akzeptiert')).toBe('accepted');
		expect(read('Accepté')).toBe('accepted');
		expect(read('Proposto')).toBe('proposed');
		expect(read('Abgelehnt')).toBe('rejected');
	});

	it("takes a template's list of choices for what it is: nothing chosen", () => {
		expect(read('Proposed | Accepted | Rejected | Deprecated | Superseded')).toBe('proposed');
	});
});

describe('metadata values', () => {
	it('reads ISO dates, day-first adr-tools dates, and refuses the rest', () => {
		expect(readDate('2024-02-05')).toEqual({ date: '2024-02-05', notes: [] });
		expect(readDate('2024-02-05T10:00:00Z').date).toBe('2024-02-05');
		expect(readDate(new Date('2024-02-05T00:00:00Z')).date).toBe('2024-02-05');
		expect(readDate('5/2/2024').date).toBe('2024-02-05');
		expect(readDate('[YYYY-MM-DD when decided]')).toEqual({ notes: [] });
		expect(messages(readDate('2024-02-30').notes)).toMatchInlineSnapshot(`
			[
			  "date "2024-02-30" is not a date Cairn can read; left it out",
			]
		`);
		expect(messages(readDate('last spring').notes)).toMatchInlineSnapshot(`
			[
			  "date "last spring" is not a date Cairn can read; left it out",
			]
		`);
	});

	it('reads dates in every form people write them', () => {
		const date = (text: string, order?: 'mdy') =>
			readDate(text, order ? { order, why: '--dates mdy' } : undefined).date;
		expect(date('2021/03/04')).toBe('2021-03-04');
		expect(date('04/03/2021')).toBe('2021-03-04');
		expect(date('04/03/21')).toBe('2021-03-04');
		expect(date('04/03/2021', 'mdy')).toBe('2021-04-03');
		expect(date('03/24/2021')).toBe('2021-03-24');
		expect(date('04.03.2021', 'mdy')).toBe('2021-03-04');
		expect(date('3 March 2021')).toBe('2021-03-03');
		expect(date('March 3, 2021')).toBe('2021-03-03');
		expect(date('3rd of March 2021')).toBe('2021-03-03');
		expect(date('3 de março de 2021')).toBe('2021-03-03');
		expect(date('Accepted on 12 Jan 2020 by the board')).toBe('2020-01-12');
		// The template's brackets kept around a real date; the template's own text stays unread.
		expect(date('[2022-10-05]')).toBe('2022-10-05');
		expect(readDate('[YYYY-MM-DD when the decision was last updated]')).toEqual({ notes: [] });
		expect(messages(readDate('04/03/2021').notes)).toEqual([
			'read date "04/03/2021" as day/month/year (day first by default; --dates mdy reads month first): 2021-03-04',
		]);
	});

	it('reads people from lists or comma-separated lines, without placeholders', () => {
		expect(readPeople('Mira Chen, Tomas Varga; Ola Berg')).toEqual(['Mira Chen', 'Tomas Varga', 'Ola Berg']);
		expect(readPeople(['Mira Chen (CTO)', ' ', 'Platform team'])).toEqual(['Mira Chen (CTO)', 'Platform team']);
		expect(readPeople('{list everyone involved}')).toEqual([]);
		expect(readPeople(undefined)).toEqual([]);
	});

	it('makes tags lowercase-kebab and says so', () => {
		expect(readTags(['data', 'ops'])).toEqual({ tags: ['data', 'ops'], notes: [] });
		expect(readTags('api ops').tags).toEqual(['api', 'ops']);
		const mapped = readTags('API Design, Release_Engineering');
		expect(mapped.tags).toEqual(['api-design', 'release-engineering']);
		expect(messages(mapped.notes)).toMatchInlineSnapshot(`
			[
			  "tags API Design, Release_Engineering became api-design, release-engineering: Cairn tags are lowercase-kebab",
			]
		`);
	});
});
