// An ADR import from the folders on disk to the files in the client: read, plan, and write only
// when every record could be made valid, and never on a dry run. The command line prints the
// plan's report.
import { existsSync } from 'node:fs';
import { readClientState } from './client-fs.ts';
import type { AdrFormat } from './model.ts';
import { planImport, type ImportPlan } from './plan.ts';
import { withSecretNotes } from './secret-notes.ts';
import { readSourceFolders } from './source-fs.ts';
import { writePlan } from './write-fs.ts';

export interface ImportOptions {
	projectRoot: string;
	client: string;
	/** The folders as the user gave them, relative to `cwd`. */
	folders: readonly string[];
	cwd: string;
	format: AdrFormat | 'auto';
	/** How to read ambiguous slash dates; by default as the folder proves, else day first. */
	dates?: 'dmy' | 'mdy';
	/** Plan only: write nothing. */
	dryRun?: boolean;
}

export async function importAdrFolders(options: ImportOptions): Promise<{ plan: ImportPlan; written: boolean }> {
	const folders = await readSourceFolders(options.cwd, options.folders);
	const state = await readClientState(options.projectRoot, options.client);
	const plan = await withSecretNotes(
		planImport({
			projectRoot: options.projectRoot,
			client: options.client,
			base: state.base,
			existing: state.existing,
			folders,
			format: options.format,
			...(options.dates ? { dates: options.dates } : {}),
			exists: (path) => existsSync(path),
		}),
	);
	const written = !options.dryRun && plan.entries.every((entry) => entry.kind !== 'fail');
	if (written) await writePlan(options.projectRoot, plan);
	return { plan, written };
}
