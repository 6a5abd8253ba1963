// Statuses as ADR tools write them, mapped to Cairn's five honestly: a status Cairn has is kept,
// a known synonym is mapped and reported, anything else becomes "proposed" and is reported.
import { adrStatuses } from '../../schemas/adr.ts';
import type { AdrStatus } from './model.ts';
import { note, type Note } from './notes.ts';

/** Synonyms seen in real ADR collections, e.g. MADR's "on hold" and log4brains' "draft". */
const SYNONYMS: Readonly<Record<string, AdrStatus>> = {
	draft: 'proposed',
	'on hold': 'proposed',
	'in progress': 'proposed',
	'in review': 'proposed',
	'under review': 'proposed',
	pending: 'proposed',
	open: 'proposed',
	wip: 'proposed',
	approved: 'accepted',
	agreed: 'accepted',
	adopted: 'accepted',
	decided: 'accepted',
	implemented: 'accepted',
	declined: 'rejected',
	obsolete: 'deprecated',
	retired: 'deprecated',
	withdrawn: 'deprecated',
};

export interface StatusReading {
	status: AdrStatus;
	/** The status names its successor by number: `superseded by ADR-0012`. */
	successorNumber?: number;
	notes: Note[];
}

function isStatus(text: string): text is AdrStatus {
	return (adrStatuses as readonly string[]).includes(text);
}

/** Maps the text of a status, e.g. `Accepted`, `on hold` or `superseded by ADR-0012`. */
export function readStatus(text: string): StatusReading {
	const words = text
		.toLowerCase()
		.replace(/[*_`]/g, '')
		.replace(/[.!]+$/, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (/^super[sc]eded\b/.test(words)) {
		// A successor named by number: "ADR-0012", "ADR 12", "#12" or a bare "12", never a date or slug.
		const rest = words.replace(/^super[sc]eded( by)?/, '').trim();
		const number = /^(?:adr[-\s]?|#)0*(\d+)\b/.exec(rest) ?? /^0*(\d{1,5})$/.exec(rest);
		return { status: 'superseded', ...(number ? { successorNumber: Number(number[1]) } : {}), notes: [] };
	}
	if (isStatus(words)) return { status: words, notes: [] };
	const synonym = SYNONYMS[words];
	if (synonym) return { status: synonym, notes: [note('StatusMapped', { from: text, to: synonym })] };
	const first = words.split(/[\s,;:(]/)[0] ?? '';
	const firstStatus = isStatus(first) ? first : SYNONYMS[first];
	if (firstStatus) return { status: firstStatus, notes: [note('StatusMapped', { from: text, to: firstStatus })] };
	return { status: 'proposed', notes: [note('StatusUnknown', { from: text })] };
}
