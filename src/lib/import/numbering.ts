// ADR numbers: adr-tools and MADR records keep the number of their file name, and a number the
// client already uses is refused, never silently changed; log4brains records have none and are
// numbered in date order (ties by file name) after the highest number in use.
import { UserError } from '../errors.ts';
import type { ExistingDocument } from './model.ts';
import { note, type Note } from './notes.ts';
import { adrId } from '../scaffold/names.ts';

export interface NumberRequest {
	/** Identifies the record, e.g. its absolute source path. */
	key: string;
	/** The source path for messages. */
	display: string;
	/** The record's format keeps the source's numbers (adr-tools, MADR). */
	keeps: boolean;
	number?: number;
	/** What orders records that get a number: their date, `YYYY-MM-DD`. */
	sortDate?: string;
	/** The file name, which orders records of the same date. */
	fileName: string;
}

export interface NumberAssignment {
	number: number;
	notes: Note[];
}

export function assignNumbers(
	requests: readonly NumberRequest[],
	existing: readonly ExistingDocument[],
	clientDir: string,
): Map<string, NumberAssignment> {
	const result = new Map<string, NumberAssignment>();
	const taken = new Map<number, string>();
	for (const adr of existing) if (adr.number !== undefined) taken.set(adr.number, `${clientDir}/${adr.path}`);

	const kept = requests.filter((r) => r.keeps && r.number !== undefined);
	const byNumber = new Map<number, NumberRequest>();
	for (const request of kept) {
		const number = request.number ?? 0;
		const other = byNumber.get(number);
		if (other) {
			throw new UserError('ImportNumberTwice', { first: other.display, second: request.display, number });
		}
		byNumber.set(number, request);
		const existingPath = taken.get(number);
		if (existingPath) {
			throw new UserError('ImportNumberTaken', {
				id: adrId(number),
				existing: existingPath,
				source: request.display,
				number,
			});
		}
		result.set(request.key, { number, notes: [] });
	}

	const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	const used = [...taken.keys(), ...byNumber.keys()];
	let next = Math.max(0, ...used) + 1;
	const assigned = requests
		.filter((r) => !result.has(r.key))
		.sort(
			(a, b) =>
				byText(a.sortDate ?? '\uffff', b.sortDate ?? '\uffff') ||
				byText(a.fileName, b.fileName) ||
				byText(a.key, b.key),
		);
	for (const request of assigned) {
		const number = next++;
		const id = adrId(number);
		result.set(request.key, {
			number,
			notes: [
				request.keeps
					? note('NumberAssignedUnnumbered', { id })
					: note('NumberAssigned', { id, date: request.sortDate }),
			],
		});
	}
	return result;
}
