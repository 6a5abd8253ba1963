// Where a command may write a file the user named (`cairn pdf --out`): never into a built site's
// folder or a client's content, never over a file without --force (the command's own default
// output excepted), never into a folder that does not exist; and the file appears whole or not at
// all, so a failed write never leaves half a PDF where a good one was.
import { lstatSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CONTENT_DIR, isInsideFolder } from './paths.ts';
import { audiences } from '../core/audiences.ts';
import { UserError } from './errors.ts';

export interface OutputFile {
	/** Absolute path. */
	path: string;
	/** The path as the user wrote it (or as the command shows its default). */
	shown: string;
	/** Whether replacing an existing file is the command's own business (its default output), or --force was given. */
	mayReplace: boolean;
	/** A file name to suggest when the path given is a folder. */
	example?: string;
}

/** The folders no output may go into: built sites (they are replaced whole by the next build) and content. */
function protectedFolders(projectRoot: string): { dir: string; what: string }[] {
	return [
		{ dir: join(projectRoot, CONTENT_DIR), what: 'the clients’ content' },
		...audiences.map((audience) => ({
			dir: join(projectRoot, 'dist', '*', audience),
			what: `a built ${audience} site`,
		})),
	];
}

function insidePattern(pattern: string, path: string): boolean {
	const parts = pattern.split('/');
	const star = parts.indexOf('*');
	if (star === -1) return isInsideFolder(pattern, path);
	const head = parts.slice(0, star).join('/');
	if (!isInsideFolder(head, path) || path === head) return false;
	const rest = path.slice(head.length + 1).split('/');
	return rest.length >= parts.length - star && parts.slice(star + 1).every((part, i) => part === rest[i + 1]);
}

/** Refuses an output path the command must not write, with one line saying why (exit 2). */
export function checkOutputFile(output: OutputFile, projectRoot: string): void {
	const { path, shown } = output;
	for (const { dir, what } of protectedFolders(projectRoot)) {
		if (insidePattern(dir, path)) {
			throw new UserError('OutInsideProtected', { out: shown, what });
		}
	}
	let existing: ReturnType<typeof lstatSync>;
	try {
		existing = lstatSync(path, { throwIfNoEntry: false });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') {
			throw new UserError('OutParentIsFile', { folder: dirname(shown) });
		}
		throw error;
	}
	if (existing?.isDirectory())
		throw new UserError('OutIsFolder', { out: shown, example: join(shown, output.example ?? 'diligence.pdf') });
	if (existing && !output.mayReplace) {
		throw new UserError('OutExists', { out: shown });
	}
	const parent = statSync(dirname(path), { throwIfNoEntry: false });
	if (!parent) throw new UserError('OutFolderMissing', { folder: dirname(shown) });
	if (!parent.isDirectory()) throw new UserError('OutParentIsFile', { folder: dirname(shown) });
}

/** Writes the file beside its final place and moves it there, so it is replaced whole or not at all. */
export async function writeFileWhole(path: string, bytes: Uint8Array): Promise<void> {
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	try {
		await writeFile(temporary, bytes);
		await rename(temporary, path);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}
}
