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
