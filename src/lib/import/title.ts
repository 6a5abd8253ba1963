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

const NUMBERED = /^(?:ADR[-\s]?)?0*(\d+)(?:\.|\s*[:–-])\s+(.+)$/i;

export function readTitle(doc: SourceDoc, slug: string): TitleReading {
	const heading = titleHeading(doc.tree);
	const text = heading ? plainText(heading) : '';
	const found = heading ? { heading: text, removal: blockRange(doc.body, heading) } : {};
	if (text) {
		const numbered = NUMBERED.exec(text);
		if (numbered?.[2]) {
			return { title: numbered[2], number: Number(numbered[1]), fromFrontmatter: false, ...found, notes: [] };
		}
		return { title: text, fromFrontmatter: false, ...found, notes: [] };
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
