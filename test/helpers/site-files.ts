// Every file of a built site as text (Pagefind's index decompressed), for canary searches.
import type { BuiltFile } from '../../src/lib/verify/site-checks.ts';

export { readSiteFiles } from '../../src/lib/verify/site-files-fs.ts';
export type SiteFile = BuiltFile;

/** The files whose text contains `needle`, case-insensitively. */
export function filesContaining(files: readonly SiteFile[], needle: string): string[] {
	const lower = needle.toLowerCase();
	return files.filter((file) => file.text.toLowerCase().includes(lower)).map((file) => file.path);
}
