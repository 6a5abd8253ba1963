// The first step of an import: each Markdown file of each folder is either an ADR, to be read in
// its folder's format (given, or detected by majority), or a file to skip with its reason.
import { posix } from 'node:path';
import { UserError } from '../errors.ts';
import { detectFolderFormat } from './detect-format.ts';
import type { AdrFormat, SourceFolder } from './model.ts';
import { skipReason } from './non-adr.ts';
import { skipCatalogue } from './notes.ts';
import { readSourceDoc, type SourceDoc } from './source-doc.ts';

export interface AdrCandidate {
	doc: SourceDoc;
	format: AdrFormat;
	/** The source path as the user would write it: folder and path. */
	display: string;
}

export interface SortedFiles {
	adrs: AdrCandidate[];
	/** The reason each skipped file was skipped, by absolute path. */
	skipped: Map<string, { display: string; reason: string }>;
	formats: { folder: string; format: AdrFormat; detected: boolean }[];
}

export function sortFiles(folders: readonly SourceFolder[], format: AdrFormat | 'auto'): SortedFiles {
	const sorted: SortedFiles = { adrs: [], skipped: new Map(), formats: [] };
	for (const folder of folders) {
		const docs: SourceDoc[] = [];
		const skippedHere: string[] = [];
		for (const file of folder.files) {
			const doc = readSourceDoc(file);
			const code = skipReason(doc);
			if (code) {
				const reason = skipCatalogue[code]();
				sorted.skipped.set(file.absolutePath, { display: posix.join(folder.display, file.path), reason });
				skippedHere.push(`${file.path}: ${reason}`);
			} else {
				docs.push(doc);
			}
		}
		if (docs.length === 0) {
			throw new UserError('ImportNoAdrs', { folder: folder.display, skipped: skippedHere });
		}
		const folderFormat = format === 'auto' ? detectFolderFormat(docs) : format;
		sorted.formats.push({ folder: folder.display, format: folderFormat, detected: format === 'auto' });
		for (const doc of docs) {
			sorted.adrs.push({ doc, format: folderFormat, display: posix.join(folder.display, doc.file.path) });
		}
	}
	return sorted;
}
