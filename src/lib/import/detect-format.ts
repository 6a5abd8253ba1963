// `--format auto`: which dialect a folder of ADRs is written in, by the marks each dialect leaves.
import { readMetadataList } from './metadata-list.ts';
import { findSection, plainText, preamble, titleHeading } from './markdown.ts';
import type { AdrFormat } from './model.ts';
import type { SourceDoc } from './source-doc.ts';
import { readSourceName } from './source-name.ts';

/** The dialect one file looks written in. */
export function detectFileFormat(doc: SourceDoc): AdrFormat {
	const name = readSourceName(doc.file.path);
	const title = titleHeading(doc.tree);
	const numberedTitle = title !== undefined && /^\d+\.\s/.test(plainText(title));
	const dateLine = preamble(doc.tree).some((node) => node.type === 'paragraph' && /^Date:/i.test(plainText(node)));
	if (findSection(doc.tree, 'Status') && (numberedTitle || dateLine)) return 'adr-tools';
	if (name.date) return 'log4brains';
	if (name.number === undefined && doc.frontmatter === undefined && readMetadataList(doc, ['status', 'date'])) {
		return 'log4brains';
	}
	return 'madr';
}

/** The dialect most files of a folder are written in (ties go to the first of the list). */
export function detectFolderFormat(docs: readonly SourceDoc[]): AdrFormat {
	const counts = new Map<AdrFormat, number>();
	for (const doc of docs) {
		const format = detectFileFormat(doc);
		counts.set(format, (counts.get(format) ?? 0) + 1);
	}
	let best: AdrFormat = 'madr';
	for (const format of ['adr-tools', 'madr', 'log4brains'] as const) {
		if ((counts.get(format) ?? 0) > (counts.get(best) ?? 0)) best = format;
	}
	return best;
}
