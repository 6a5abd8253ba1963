// Relations written as words before a link, the way adr-tools' `adr link` and the MADR/log4brains
// "Links" section write them: "Amended by [9. Help scripts](0009-help-scripts.md)".
import type { Link, Paragraph, PhrasingContent, Root } from 'mdast';
import { findSection, plainText, sectionOf, walk } from './markdown.ts';
import type { RawRelation, RelationType } from './model.ts';

const VERBS: Readonly<Record<string, RelationType>> = {
	supersedes: 'supersedes',
	supercedes: 'supersedes',
	replaces: 'supersedes',
	'superseded by': 'supersededBy',
	'superceded by': 'supersededBy',
	'superseeded by': 'supersededBy',
	'replaced by': 'supersededBy',
	'substituído por': 'supersededBy',
	'substituido por': 'supersededBy',
	'reemplazado por': 'supersededBy',
	'sustituido por': 'supersededBy',
	'ersetzt durch': 'supersededBy',
	'abgelöst durch': 'supersededBy',
	'remplacé par': 'supersededBy',
	amends: 'amends',
	'amended by': 'amendedBy',
};

/** A relation verb at the end of the words before a link: `Accepted. Superseded by: [x](x.md)`. */
const VERB_AT_END = new RegExp(
	`(?:^|[^\\p{L}])(${Object.keys(VERBS)
		.sort((a, b) => b.length - a.length)
		.map((verb) => verb.replace(/ /g, '\\s+'))
		.join('|')})(?:\\s+(?:adr|record|decision))?[\\s:–—-]*$`,
	'iu',
);

/**
 * A partial supersession, which leaves the older record standing: "partly supersedes",
 * "supersedes some aspects of", "in part replaces", "partially superseded by". Cairn records it
 * as an amendment.
 */
const PARTIAL_AT_END =
	/(?:^|[^\p{L}])(?:(?:partly|partially|in\s+part)\s+(supersedes|supercedes|replaces|superseded\s+by|replaced\s+by)|(supersedes|supercedes|replaces)\s+(?:some\s+|certain\s+)?(?:aspects|parts?)\s+of)[\s:–—-]*$/iu;

/** Words that carry the previous link's relation on to the next: "Supersedes [3](…) and [4](…)". */
const CONTINUES = /^\s*(?:,|;|&|and|or|as well as|,\s*and)\s*$/i;

export interface RelationStatement {
	/** Undefined for a relation Cairn has no field for, e.g. "Refined by" or "Clarifies". */
	type: RelationType | undefined;
	url: string;
	/** The words as written, e.g. `Amended by 9. Help scripts`. */
	text: string;
	/** Only the verb came before the link, e.g. not `Accepted. Superseded by`. */
	bare: boolean;
}

export interface ParagraphRelations {
	statements: RelationStatement[];
	/** The paragraph says nothing but the relations: removing it loses nothing. */
	onlyRelations: boolean;
}

/** The links of a paragraph, each with the words before it on its line. */
export function paragraphRelations(paragraph: Paragraph): ParagraphRelations {
	const statements: RelationStatement[] = [];
	let pending = '';
	let leftover = '';
	const flush = () => {
		leftover += pending;
		pending = '';
	};
	const visit = (node: PhrasingContent) => {
		if (node.type === 'link') {
			const previous = statements.at(-1);
			const found = statement(pending, node);
			const carried = found.type === undefined && previous?.type !== undefined && CONTINUES.test(pending);
			statements.push(carried ? { ...found, type: previous.type, bare: previous.bare } : found);
			pending = '';
		} else if (node.type === 'text') {
			const lines = node.value.split('\n');
			for (const [index, line] of lines.entries()) {
				if (index > 0) flush();
				pending += line;
			}
		} else if (node.type === 'break') {
			flush();
		} else if (node.type === 'strong' || node.type === 'emphasis') {
			// `**Superseded by [12. …](0012-….md)**`: the link inside counts.
			for (const child of node.children) visit(child);
		} else {
			pending += plainText(node);
		}
	};
	for (const child of paragraph.children) visit(child);
	flush();
	const onlyRelations =
		statements.length > 0 && statements.every((s) => s.type !== undefined && s.bare) && /^[\s.,;:]*$/.test(leftover);
	return { statements, onlyRelations };
}

/** The statements a Cairn field can hold, as relations to resolve: "Refined by" and the like drop out. */
export function rawRelationsOf(statements: readonly RelationStatement[]): RawRelation[] {
	return statements.flatMap((s): RawRelation[] =>
		s.type ? [{ type: s.type, target: { url: s.url }, text: s.text }] : [],
	);
}

function statement(before: string, link: Link): RelationStatement {
	const words = before.trim();
	const cleaned = words.replace(/[*_~`]/g, '').replace(/[\p{Extended_Pictographic}\p{So}\uFE0F\u200D]/gu, ' ');
	const partial = PARTIAL_AT_END.exec(cleaned);
	if (partial) {
		const whole = (partial[1] ?? partial[2] ?? '').toLowerCase();
		return {
			type: whole.endsWith(' by') || /\sby$/.test(whole) ? 'amendedBy' : 'amends',
			url: link.url,
			text: `${words} ${plainText(link)}`.trim(),
			bare: false,
		};
	}
	const match = VERB_AT_END.exec(cleaned);
	const verb = match?.[1]?.toLowerCase().replace(/\s+/g, ' ');
	// Nothing but the verb before the link (a bullet at most): the line says only the relation.
	const bare = match !== null && /^[\s\-*+.,;:]*$/.test(cleaned.slice(0, match.index + 1).replace(/\p{L}$/u, ''));
	return {
		type: verb ? VERBS[verb] : undefined,
		url: link.url,
		text: `${words} ${plainText(link)}`.trim(),
		bare,
	};
}

/** The relations of the bullets of a `## Links` section (MADR 2, log4brains); the text stays. */
export function linksSectionRelations(tree: Root): RawRelation[] {
	const heading = findSection(tree, 'Links');
	if (!heading) return [];
	const relations: RawRelation[] = [];
	walk({ type: 'root', children: sectionOf(tree, heading) }, (node) => {
		if (node.type !== 'paragraph') return;
		relations.push(...rawRelationsOf(paragraphRelations(node).statements));
	});
	return relations;
}
