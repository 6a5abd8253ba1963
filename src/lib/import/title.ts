// The title of an ADR: its first level-1 heading, without the number adr-tools puts in front;
// failing that the front matter's `title`, and failing that the file name.
import { blockRange, plainText, titleHeading } from './markdown.ts';
import type { Range } from './model.ts';
import { note, type Note } from './notes.ts';
import type { SourceDoc } from './source-doc.ts';

export interface TitleReading {
	title: string;
	/** The number written before the title: `# 5. Help comments`, `# ADR-0005: Help comments`. */
	number?: number;
	/** The text of the title heading, as written. */
	heading?: string;
	/** The title came from the front matter's `title` key. */
	fromFrontmatter: boolean;
	/** The heading to drop from the body. */
	removal?: Range;
	notes: Note[];
}

/**
 * A number before the title, in the forms people write it: `12. `, `12) `, `12 - `, `0012: `,
 * `ADR-012: `, `ADR 12 – `, `[ADR-0012] `, `#12 `, `ADR-0012 `.
 */
const NUMBERED = /^(?:\[\s*)?(?:(?:ADR|RFC|DR|AD)[\s_-]*#?|#)?(\d{1,6})(?:\s*\])?(\s*[.):：–—-]+\s*|\s+)(.+)$/iu;
const PREFIXED = /^(?:\[\s*)?(?:ADR|RFC|DR|AD)[\s_-]*#?(\d{1,6})/iu;

/**
 * The number before a title, when it is one: after `ADR`, or followed by punctuation, or, when only
 * a space follows, written with leading zeros or the same as the file name's (`# 0012 Use Kafka`),
 * so that `# 2021 roadmap` or `# 3 regions` keep their number; or when the folder's habit is
 * to number headings with a space (`withSpace`), so a heading copied from another record
 * (`# 29 Auditing` in `030-….md`) still loses its number.
 */
function numberPrefix(
	text: string,
	fileNumber: number | undefined,
	withSpace: boolean,
): { number: number; rest: string } | undefined {
	const match = NUMBERED.exec(text);
	if (!match?.[1] || !match[3] || !/\p{L}/u.test(match[3])) return undefined;
	const number = Number(match[1]);
	const spaceOnly = (match[2] ?? '').trim() === '';
	const trusted = PREFIXED.test(text) || !spaceOnly || withSpace || match[1].startsWith('0') || number === fileNumber;
	return trusted ? { number, rest: match[3] } : undefined;
}

/**
 * The genre written before a title, which is not part of it: `Architecture Decision Record: Use
 * ADRs`, `ADR: Use Kafka`, `Decision - Use Go`. Only with a separator after it, so `Decision log
 * retention` keeps its words.
 */
const GENRE =
	/^(?:(?:architecture|architectural|technical|design)\s+)?(?:decision\s+record|decision|record|adr)\s*[:：–—-]\s*(?=\p{L})/iu;

/** The title without what is not part of it: a `{#anchor}` id, trailing `#`s, a final period of a numbered heading. */
function cleanTitle(text: string): string {
	return text
		.replace(GENRE, '')
		.replace(/\s*\{\s*#[^}]*\}\s*$/, '')
		.replace(/\s+#+\s*$/, '')
		.replace(/^["“](.*)["”]$/, '$1')
		.trim();
}

/** The number a title heading starts with, followed by a space only, when it is the file's: `# 12 Use Kafka` in `012-….md`. */
export function numberedWithSpace(doc: SourceDoc, fileNumber: number | undefined): boolean {
	const heading = titleHeading(doc.tree);
	const match = heading ? /^(\d{1,6})\s+\p{L}/u.exec(plainText(heading)) : null;
	return match !== null && fileNumber !== undefined && Number(match[1]) === fileNumber;
}

/** `withSpace`: the folder numbers its headings `# 12 Title`, so a number and a space is a number. */
export function readTitle(doc: SourceDoc, slug: string, fileNumber?: number, withSpace = false): TitleReading {
	const heading = titleHeading(doc.tree);
	const text = heading ? cleanTitle(plainText(heading)) : '';
	const found = heading ? { heading: text, removal: blockRange(doc.body, heading) } : {};
	if (text) {
		const numbered = numberPrefix(text, fileNumber, withSpace);
		const title = numbered ? cleanTitle(numbered.rest) : text;
		const notes = differsFromName(title, slug) ? [note('TitleDiffersFromFileName', { title, slug })] : [];
		return { title, ...(numbered ? { number: numbered.number } : {}), fromFrontmatter: false, ...found, notes };
	}
	const fromFrontmatter = doc.frontmatter?.title;
	if (typeof fromFrontmatter === 'string' && fromFrontmatter.trim()) {
		return { title: fromFrontmatter.trim(), fromFrontmatter: true, ...found, notes: [note('TitleFromFrontmatter')] };
	}
	const words = slug.replace(/[-_]+/g, ' ').trim();
	return {
		title: words.charAt(0).toUpperCase() + words.slice(1),
		fromFrontmatter: false,
		...found,
		notes: [note('TitleFromFileName')],
	};
}

const words = (text: string) =>
	text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 2);

/** The title shares fewer than half of the file name's words: the person renamed one of them. */
function differsFromName(title: string, slug: string): boolean {
	const named = words(slug.replace(/[-_]+/g, ' '));
	if (named.length === 0) return false;
	const inTitle = new Set(words(title));
	const shared = named.filter((w) => inTitle.has(w) || [...inTitle].some((t) => t.startsWith(w.slice(0, 4)))).length;
	return shared * 2 < named.length;
}
