// Where a record states its status, read the way a person would: a `## Status` section (in any
// language, behind an emoji, as a tick list), or failing that a `Status: …` line, list item,
// heading or table row at the top. The status is the section's first paragraph; relation lines
// ("Superseded by [12. …](0012-….md)", "Amends …", "Rejected in favour of …") are read from every
// paragraph and list item of the section, and a "Superseded by" wins over a stale status above it.
import type { Heading, List, Paragraph, RootContent } from 'mdast';
import { findLabelled } from './labelled.ts';
import { blockRange, plainText, sectionOf, walk } from './markdown.ts';
import type { ParsedAdr, RawRelation } from './model.ts';
import { note, type Note } from './notes.ts';
import { paragraphRelations, rawRelationsOf } from './relation-lines.ts';
import type { SourceDoc } from './source-doc.ts';
import { normalizeStatusText, readStatus, type StatusReading } from './status.ts';

/** What labels a status, lowercase: English and the languages ADR folders are often written in. */
export const STATUS_LABELS = [
	'status',
	'state',
	'decision status',
	'adr status',
	'current status',
	'estado',
	'situação',
	'situacao',
	'statut',
	'stato',
	'zustand',
];

export interface StatusSource {
	/** The status as written, e.g. `✅ Accepted (for the pilot only)`; undefined when there is none. */
	text?: string;
	relations: RawRelation[];
	removals: ParsedAdr['removals'];
	notes: Note[];
}

/** The `## Status` heading (levels 2–4), whatever symbols surround the word. */
export function statusHeading(doc: SourceDoc): Heading | undefined {
	return doc.tree.children.find(
		(node): node is Heading =>
			node.type === 'heading' &&
			node.depth >= 2 &&
			node.depth <= 4 &&
			STATUS_LABELS.includes(normalizeStatusText(plainText(node)).replace(/[:.]$/, '').trim()),
	);
}

/** Plain text without struck-out words: `~~Proposed~~ Accepted` reads `Accepted`. */
function statusText(node: Paragraph): string {
	const copy = structuredClone(node);
	walk(copy, (child) => {
		if ('children' in child) child.children = child.children.filter((c) => c.type !== 'delete');
	});
	return plainText(copy);
}

/** A tick list of statuses, `- [x] Accepted` among `- [ ] Rejected`: the ticked ones. */
function tickedItems(list: List): string | undefined {
	if (!list.children.some((item) => item.checked === true || item.checked === false)) return undefined;
	const ticked = list.children.filter((item) => item.checked === true).map((item) => plainText(item));
	return ticked.length ? ticked.join(', ') : undefined;
}

const RELATION_WORDS = /\b(?:super[sc]e+ded|supersedes|supercedes|replaced|replaces|amends|amended|in favou?r of)\b/i;

export function readStatusSource(doc: SourceDoc): StatusSource {
	const heading = statusHeading(doc);
	return heading ? readSection(doc, heading) : readLine(doc);
}

function readSection(doc: SourceDoc, heading: Heading): StatusSource {
	const result: StatusSource = { relations: [], removals: [], notes: [] };
	const kept: RootContent[] = [];
	const paragraphs = (node: RootContent): Paragraph[] => {
		const found: Paragraph[] = [];
		walk(node, (child) => {
			if (child.type === 'paragraph') found.push(child);
			return child.type !== 'paragraph';
		});
		return found;
	};
	for (const node of sectionOf(doc.tree, heading)) {
		if (node.type === 'heading') {
			kept.push(node);
			continue;
		}
		if (node.type === 'list' && result.text === undefined) {
			const ticked = tickedItems(node);
			if (ticked !== undefined) {
				result.text = ticked;
				result.removals.push(blockRange(doc.body, node));
				continue;
			}
		}
		let statedHere: RawRelation[] = [];
		let onlyRelationsHere = true;
		for (const paragraph of paragraphs(node)) {
			const { statements, onlyRelations } = paragraphRelations(paragraph);
			statedHere = [...statedHere, ...rawRelationsOf(statements)];
			if (!onlyRelations) onlyRelationsHere = false;
		}
		result.relations.push(...statedHere);
		if (statedHere.length && onlyRelationsHere) {
			result.removals.push({ ...blockRange(doc.body, node), requires: statedHere });
			continue;
		}
		if (result.text === undefined && (node.type === 'paragraph' || node.type === 'list')) {
			const first = node.type === 'paragraph' ? node : paragraphs(node)[0];
			const text = first ? statusText(first) : '';
			if (text) {
				result.text = text;
				// The status paragraph goes to frontmatter; links in it were read as relations above.
				result.removals.push(blockRange(doc.body, node));
				continue;
			}
		}
		kept.push(node);
	}
	if (kept.length === 0) {
		result.removals.push({ ...blockRange(doc.body, heading), requires: result.relations });
	} else {
		const text = kept.map((node) => plainText(node)).join(' ');
		result.notes.push(note('StatusSectionKept', { text: text.length > 80 ? `${text.slice(0, 77)}…` : text }));
	}
	return result;
}

function readLine(doc: SourceDoc): StatusSource {
	const found = findLabelled(doc, STATUS_LABELS, (value) =>
		readStatus(value).notes.every((n) => n.code !== 'StatusUnknown'),
	);
	if (!found) return { relations: [], removals: [], notes: [] };
	const relations: RawRelation[] = [];
	const link = found.links[0];
	if (link && RELATION_WORDS.test(found.value)) {
		const superseded = readStatus(found.value).status === 'superseded';
		if (superseded) relations.push({ type: 'supersededBy', target: { url: link.url }, text: found.value });
	}
	return { text: found.value, relations, removals: found.removal ? [found.removal] : [], notes: [] };
}

/**
 * The status of a record from its status text and the relations its status section states: a
 * "Superseded by" line wins over a stale status above it; no status at all is proposed, never
 * assumed accepted.
 */
export function statusOf(text: string | undefined, relations: ParsedAdr['relations']): StatusReading {
	const superseded = relations.some((r) => r.type === 'supersededBy');
	if (text === undefined)
		return superseded ? { status: 'superseded', notes: [] } : { status: 'proposed', notes: [note('StatusMissing')] };
	const reading = readStatus(text);
	if (superseded && reading.status !== 'superseded') {
		return {
			...reading,
			status: 'superseded',
			notes: [note('StatusMapped', { from: text, to: 'superseded, as a "Superseded by" line of its status says' })],
		};
	}
	return reading;
}

/**
 * "Superseded by [12. …](0012-….md)" written anywhere in the record, for a record whose status
 * says superseded but whose status section names no successor: `# Status: Partly superseded`,
 * with "These ranges have been superseded by [ADR 33](0033-ip-ranges.md)" further down.
 */
export function bodySuccessors(doc: SourceDoc): RawRelation[] {
	const found: RawRelation[] = [];
	walk(doc.tree, (node) => {
		if (node.type !== 'paragraph') return true;
		found.push(...rawRelationsOf(paragraphRelations(node).statements).filter((r) => r.type === 'supersededBy'));
		return false;
	});
	return found;
}

/**
 * Relations stated above the first section, where hand-written records put notes such as "Note:
 * this ADR supersedes some aspects of [ADR-15](adr-015-….md) and [ADR-16](…)". The text stays.
 */
export function preambleRelations(doc: SourceDoc): RawRelation[] {
	const found: RawRelation[] = [];
	for (const node of doc.tree.children) {
		if (node.type === 'heading' && node.depth > 1) break;
		if (node.type !== 'paragraph') continue;
		found.push(...rawRelationsOf(paragraphRelations(node).statements));
	}
	return found;
}
