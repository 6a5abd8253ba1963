// Files that live in ADR folders without being decisions: the index, the README, the template.
// They are recognised and skipped, and the report says so.
import { plainText, titleHeading, walk } from './markdown.ts';
import type { SkipCode } from './notes.ts';
import type { SourceDoc } from './source-doc.ts';

const INDEX_NAMES = new Set(['index', '_index', 'toc', 'contents', 'summary']);

/** Why a file is not a decision record, or `undefined` when it is one. */
export function skipReason(doc: SourceDoc): SkipCode | undefined {
	const name = doc.file.path.split('/').pop() ?? '';
	const stem = name.replace(/\.[^.]+$/, '').toLowerCase();
	if (name.startsWith('_')) return 'Underscore';
	if (stem === 'readme') return 'Readme';
	if (INDEX_NAMES.has(stem) || doc.frontmatter?.has_children === true) return 'Index';
	// `template.md`, `adr-template.md`, `0000-template.md`, `template-madr.md`, not `0014-project-templates.md`.
	if (/^(?:\d+[-_])?(?:(?:adr|madr|decision|record)[-_])?template(?:$|[-_.])/.test(stem)) return 'Template';
	const title = titleHeading(doc.tree);
	// Templates title themselves with a placeholder: "[short title …]" or "{short title …}".
	if (title && /^[[{].*[\]}]$/.test(plainText(title))) return 'Template';
	if (doc.body.trim() === '') return 'Empty';
	if (listsRecords(doc)) return 'Index';
	return undefined;
}

const DECISION_SECTIONS =
	/^(?:status|context|decision|consequences|decision outcome|considered options|context and problem statement)\b/i;

/**
 * An index under another name (`decision-log.md`, `adr-list.md`): links to three or more Markdown
 * files, and none of the sections a decision has.
 */
function listsRecords(doc: SourceDoc): boolean {
	let links = 0;
	let sections = 0;
	walk(doc.tree, (node) => {
		if (node.type === 'link' && /^(?!https?:)[^#?]+\.md(?:[#?].*)?$/i.test(node.url)) links++;
		if (node.type === 'heading' && node.depth > 1 && DECISION_SECTIONS.test(plainText(node).trim())) sections++;
		return true;
	});
	return links >= 3 && sections === 0;
}
