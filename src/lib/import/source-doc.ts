// One source file made ready for the parsers: Unix line endings, its front matter read as YAML,
// and the Markdown after it parsed. Every offset the importers use is into `body`.
import type { Root } from 'mdast';
import { parseDocument } from 'yaml';
import { splitFrontmatter } from '../frontmatter.ts';
import { parseMarkdown } from './markdown.ts';
import type { SourceFile } from './model.ts';
import { note, type Note } from './notes.ts';

export interface SourceDoc {
	file: SourceFile;
	/** The front matter when it is a YAML mapping; `undefined` when there is none or it is broken. */
	frontmatter: Record<string, unknown> | undefined;
	/** The text after the front matter. */
	body: string;
	tree: Root;
	/** What was changed or ignored while reading: line endings, broken front matter. */
	notes: Note[];
}

export function readSourceDoc(file: SourceFile): SourceDoc {
	const notes: Note[] = [];
	if (file.notUtf8) notes.push(note('NotUtf8', file.notUtf8));
	let text = file.text.replace(/^\uFEFF/, '');
	if (text.includes('\r\n')) {
		text = text.replace(/\r\n/g, '\n');
		notes.push(note('LineEndings'));
	}
	let frontmatter: Record<string, unknown> | undefined;
	let body = text;
	const split = splitFrontmatter(text);
	if (split.ok) {
		body = split.body;
		const yaml = parseDocument(split.yaml);
		const data: unknown = yaml.errors.length ? undefined : yaml.toJS();
		if (yaml.errors[0]) {
			notes.push(note('InvalidFrontmatter', { detail: yaml.errors[0].message.split('\n')[0] ?? '' }));
		} else if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
			frontmatter = data as Record<string, unknown>;
		}
	}
	return { file, frontmatter, body, tree: parseMarkdown(body), notes };
}
