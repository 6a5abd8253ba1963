// Reads the folders given to `cairn import adr`: every Markdown file in them and their subfolders,
// so no file is left out unseen. A folder that is missing or holds no Markdown is refused.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { posix, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { UserError } from '../errors.ts';
import { decodeUtf8 } from '../encoding.ts';
import type { SourceFile, SourceFolder } from './model.ts';

const windows1252 = new TextDecoder('windows-1252');

const toPosix = (path: string) => path.split(sep).join(posix.sep);

export async function readSourceFolders(cwd: string, folders: readonly string[]): Promise<SourceFolder[]> {
	const absolute = folders.map((folder) => ({ display: folder, path: toPosix(resolve(cwd, folder)) }));
	for (const { display, path } of absolute) {
		if (!existsSync(path)) throw new UserError('ImportFolderMissing', { folder: display });
		if (!statSync(path).isDirectory()) {
			throw new UserError('ImportFolderIsFile', { folder: display });
		}
		const outer = absolute.find((other) => other.path !== path && path.startsWith(`${other.path}/`));
		const twice = absolute.filter((other) => other.path === path).length > 1;
		if (outer || twice) {
			throw new UserError('ImportFolderTwice', {
				folder: display,
				...(twice || !outer ? {} : { outer: outer.display }),
			});
		}
	}
	return Promise.all(
		absolute.map(async ({ display, path }): Promise<SourceFolder> => {
			const names = await glob('**/*.{md,markdown}', { cwd: path, onlyFiles: true, ignore: ['**/node_modules/**'] });
			const paths = names.map(toPosix).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
			if (paths.length === 0) {
				throw new UserError('ImportNoMarkdown', { folder: display });
			}
			const files = await Promise.all(
				paths.map(async (file): Promise<SourceFile> => {
					const bytes = await readFile(posix.join(path, file));
					const decoded = decodeUtf8(bytes);
					const base = { folder: display, path: file, absolutePath: posix.join(path, file) };
					if (decoded.ok) return { ...base, text: decoded.text };
					// Old Windows tools wrote Windows-1252; read that way, an é stays an é rather than a "�".
					const { byte, line, column } = decoded;
					return { ...base, text: windows1252.decode(bytes), notUtf8: { byte, line, column } };
				}),
			);
			return { display, absolutePath: path, files };
		}),
	);
}
