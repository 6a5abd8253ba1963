// Writing what `cairn new` planned, and reading its templates. Nothing is overwritten: a new file
// whose path exists stops the command before anything is written; only a file planned as an update
// (a superseded ADR) is changed.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.ts';
import type { PlannedWrite } from './scaffold.ts';

/** A template of templates/, e.g. `adr.mdx`. */
export function readTemplate(engineRoot: string, name: string): Promise<string> {
	return readFile(join(engineRoot, 'templates', name), 'utf8');
}

/** Writes the planned files under the project root and says each, after checking no new file exists. */
export async function writeScaffold(
	projectRoot: string,
	writes: readonly PlannedWrite[],
	say: (line: string) => void,
): Promise<void> {
	for (const w of writes) {
		if (!w.update && existsSync(join(projectRoot, w.file))) {
			throw new UserError('NewFileExists', { path: w.file });
		}
	}
	for (const w of writes) {
		const path = join(projectRoot, w.file);
		await mkdir(dirname(path), { recursive: true });
		await writeFile(path, w.text, { flag: w.update ? 'w' : 'wx' });
		say(w.message);
	}
}
