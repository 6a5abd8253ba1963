// Statuses as people write them, mapped to Cairn's five honestly. The status word is found wherever
// it sits in the text (after an emoji, inside parentheses, before a qualifier, a link or a date),
// in English and in the languages ADR folders are often written in; a "superseded"/"replaced"
// anywhere wins; a text with no status word, or with several offered as choices, is proposed.
import { adrStatuses } from '../../core/vocabulary.ts';
import type { AdrStatus } from './model.ts';
import { note, type Note } from './notes.ts';

/**
 * Words and phrases that name a status, lowercase. Superseded ones are looked for first; of the
 * others the first in the text wins ("Deprecated (was accepted)"), a longer phrase over a shorter
 * one starting at the same place ("not accepted" over "accepted").
 */
const WORDS: Readonly<Record<Exclude<AdrStatus, 'superseded'>, readonly string[]>> = {
	proposed: [
		'proposed',
		'proposal',
		'draft',
		'pending',
		'on hold',
		'on-hold',
		'in progress',
		'in review',
		'under review',
		'in discussion',
		'under discussion',
		'under consideration',
		'open',
		'wip',
		'work in progress',
		'incomplete',
		'rfc',
		'suggested',
		'review',
		'tbd',
		'postponed',
		'deferred',
		// pt, es, de, fr, it, nl
		'proposto',
		'proposta',
		'rascunho',
		'em análise',
		'em discussão',
		'pendente',
		'propuesto',
		'propuesta',
		'borrador',
		'pendiente',
		'en revisión',
		'vorgeschlagen',
		'vorschlag',
		'entwurf',
		'in prüfung',
		'offen',
		'proposé',
		'proposée',
		'brouillon',
		'en attente',
		'en cours',
		'bozza',
		'voorgesteld',
	],
	accepted: [
		'accepted',
		'approved',
		'agreed',
		'adopted',
		'decided',
		'done',
		'implemented',
		'active',
		'in effect',
		'in place',
		'in use',
		'final',
		'finalized',
		'finalised',
		'completed',
		'complete',
		'confirmed',
		'ratified',
		'aceito',
		'aceita',
		'aprovado',
		'aprovada',
		'aceptado',
		'aceptada',
		'aprobado',
		'aprobada',
		'akzeptiert',
		'angenommen',
		'beschlossen',
		'entschieden',
		'genehmigt',
		'accepté',
		'acceptée',
		'approuvé',
		'approuvée',
		'validé',
		'validée',
		'adopté',
		'adoptée',
		'accettato',
		'accettata',
		'approvato',
		'geaccepteerd',
		'goedgekeurd',
	],
	rejected: [
		'rejected',
		'declined',
		'withdrawn',
		'not accepted',
		'not approved',
		'abandoned',
		'dropped',
		'refused',
		'cancelled',
		'canceled',
		'rejeitado',
		'rejeitada',
		'recusado',
		'rechazado',
		'rechazada',
		'abgelehnt',
		'verworfen',
		'rejeté',
		'rejetée',
		'refusé',
		'refusée',
		'respinto',
		'afgewezen',
	],
	deprecated: [
		'deprecated',
		'obsolete',
		'retired',
		'archived',
		'no longer relevant',
		'no longer valid',
		'no longer applies',
		'revoked',
		'sunset',
		'depreciado',
		'obsoleto',
		'obsoleta',
		'descontinuado',
		'veraltet',
		'überholt',
		'obsolète',
		'déprécié',
		'deprecato',
	],
};

const SUPERSEDED = [
	'superseded',
	'superceded',
	'superseeded',
	'supersceded',
	'replaced',
	'substituído',
	'substituida',
	'substituido',
	'reemplazado',
	'sustituido',
	'ersetzt',
	'abgelöst',
	'remplacé',
	'remplacée',
	'sostituito',
	'vervangen',
];

const PHRASES: readonly { words: string; status: AdrStatus }[] = [
	...Object.entries(WORDS).flatMap(([status, words]) => words.map((w) => ({ words: w, status: status as AdrStatus }))),
	...SUPERSEDED.map((w) => ({ words: w, status: 'superseded' as const })),
].sort((a, b) => b.words.length - a.words.length);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PHRASE = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:${PHRASES.map((p) => escapeRegExp(p.words).replace(/ /g, '[\\s-]+')).join('|')})(?![\\p{L}\\p{N}])`,
	'giu',
);
const STATUS_OF = new Map(PHRASES.map((p) => [p.words, p.status]));

export interface StatusReading {
	status: AdrStatus;
	/** The status names its successor by number: `superseded by ADR-0012`. */
	successorNumber?: number;
	notes: Note[];
}

/** The text of a status as a person reads it: no emoji or symbols, markup, strike-through or case. */
export function normalizeStatusText(text: string): string {
	return (
		text
			// Struck-out words are what the status no longer is: "~~Proposed~~ Accepted".
			.replace(/~~[^~]*~~/g, ' ')
			.replace(/[\p{Extended_Pictographic}\p{So}\p{Sk}\uFE0F\u200D\u20E3\u{1F1E6}-\u{1F1FF}]/gu, ' ')
			.replace(/[*_`]/g, '')
			.toLowerCase()
			.replace(/\s+/g, ' ')
			.trim()
	);
}

function isStatus(text: string): text is AdrStatus {
	return (adrStatuses as readonly string[]).includes(text);
}

/** The statuses a text names, in order, with where each starts. */
function statusWords(text: string): { status: AdrStatus; index: number; words: string }[] {
	return [...text.matchAll(PHRASE)].flatMap((match) => {
		const words = match[0].replace(/[\s-]+/g, ' ');
		const status = STATUS_OF.get(words) ?? STATUS_OF.get(match[0]);
		return status ? [{ status, index: match.index, words }] : [];
	});
}

/**
 * Maps the text of a status: `Accepted`, `✅ Accepted (for the pilot only)`, `on hold`,
 * `superseded by ADR-0012`, `Proposed → Accepted`, `Aceito`.
 */
export function readStatus(text: string): StatusReading {
	let words = normalizeStatusText(text);
	// A history of states: the last one is where the decision stands.
	const arrow = words.split(/\s*(?:→|->|=>|⇒|»)\s*/u);
	if (arrow.length > 1) words = arrow[arrow.length - 1] ?? words;
	const found = statusWords(words);
	// "Proposed | Accepted | Rejected": the template's choices, left unchosen, not a status.
	const distinct = new Set(found.map((f) => f.status));
	if ((distinct.size > 1 && words.includes('|')) || (distinct.size > 2 && words.includes('/'))) {
		return { status: 'proposed', notes: [note('StatusChoices', { from: text })] };
	}
	const superseded = found.find((f) => f.status === 'superseded');
	if (superseded) {
		// A successor named by number: "ADR-0012", "ADR 12", "#12" or a bare "12", never a date or slug.
		const rest = words
			.slice(superseded.index + superseded.words.length)
			.replace(/^\s*(?:by|with|por|pela|pelo|durch|par|da|door)?\s*:?\s*/, '')
			.trim();
		const number = /^(?:adr[-\s]?|#)0*(\d+)\b/.exec(rest) ?? /^0*(\d{1,5})(?:$|[\s.,;:)])/.exec(rest);
		const exact = /^super[sc]eded\.?$/.test(words);
		return {
			status: 'superseded',
			...(number ? { successorNumber: Number(number[1]) } : {}),
			notes: exact || /^super[sc]eded\b/.test(words) ? [] : [note('StatusMapped', { from: text, to: 'superseded' })],
		};
	}
	const cleaned = words.replace(/[.!]+$/, '');
	if (isStatus(cleaned)) return { status: cleaned, notes: [] };
	const first = found[0];
	if (!first) return { status: 'proposed', notes: [note('StatusUnknown', { from: text })] };
	return { status: first.status, notes: [note('StatusMapped', { from: text, to: first.status })] };
}
