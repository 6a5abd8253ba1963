// Relations written as words before a link, the way adr-tools' `adr link` and the MADR/log4brains
// "Links" section write them: "Amended by [9. Help scripts](0009-help-scripts.md)".
import type { Link, Paragraph, PhrasingContent, Root } from 'mdast';
import { findSection, plainText, sectionOf, walk } from './markdown.ts';
import type { RawRelation, RelationType } from './model.ts';

const VERBS: Readonly<Record<string, RelationType>> = {
	supersedes: 'supersedes',
	supercedes: 'supersedes',
	'superseded by': 'supersededBy',
	'superceded by': 'supersededBy',
	amends: 'amends',
	'amended by': 'amendedBy',
};

export interface RelationStatement {
	/** Undefined for a relation Cairn has no field for, e.g. "Refined by" or "Clarifies". */
	type: RelationType | undefined;
	url: string;
	/** The words as written, e.g. `Amended by 9. Help scripts`. */
	text: string;
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
			statements.push(statement(pending, node));
			pending = '';
		} else if (node.type === 'text') {
			const lines = node.value.split('\n');
			for (const [index, line] of lines.entries()) {
				if (index > 0) flush();
				pending += line;
			}
		} else if (node.type === 'break') {
			flush();
		} else {
			pending += plainText(node);
		}
	};
	for (const child of paragraph.children) visit(child);
	flush();
	const onlyRelations =
		statements.length > 0 && statements.every((s) => s.type !== undefined) && /^[\s.,;:]*$/.test(leftover);
	return { statements, onlyRelations };
}

function statement(before: string, link: Link): RelationStatement {
	const words = before.trim();
	const verb = words
		.toLowerCase()
		.replace(/^[-*+]\s*/, '')
		.replace(/[\s:–-]+$/, '')
		.replace(/\s+/g, ' ');
	return { type: VERBS[verb], url: link.url, text: `${words} ${plainText(link)}`.trim() };
}

/** The relations of the bullets of a `## Links` section (MADR 2, log4brains); the text stays. */
export function linksSectionRelations(tree: Root): RawRelation[] {
	const heading = findSection(tree, 'Links');
	if (!heading) return [];
	const relations: RawRelation[] = [];
	walk({ type: 'root', children: sectionOf(tree, heading) }, (node) => {
		if (node.type !== 'paragraph') return;
		for (const s of paragraphRelations(node).statements) {
			if (s.type) relations.push({ type: s.type, target: { url: s.url }, text: s.text });
		}
	});
	return relations;
}
