// The secret scan of one client: every text file of its folder — documents (drafts whose names
// start with `_` too), client.yaml, and text assets such as SVG or JSON — since any of them can
// reach a page, a search index or, at handover, the client's repository. Binary files (images) and
// anything that is not UTF-8 are left out; links out of the folder are reported by the check.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { decodeUtf8 } from '../encoding.ts';
import { CLIENT_FILE, CONTENT_DIR } from '../paths.ts';
import { clientFileAt } from '../project-fs.ts';
import type { ClientProject } from '../project.ts';
import { scanSecrets, type SecretFinding } from './scan.ts';

/** Larger files are not text a person wrote (a data dump, a video): not scanned. */
const MAX_BYTES = 4 * 1024 * 1024;

/** The text of a file that is not a document, or `undefined` for a binary or non-UTF-8 one. */
async function textOf(path: string): Promise<string | undefined> {
	if ((await stat(path)).size > MAX_BYTES) return undefined;
	const bytes = await readFile(path);
	if (bytes.subarray(0, 8192).includes(0)) return undefined;
	const decoded = decodeUtf8(bytes);
	return decoded.ok ? decoded.text : undefined;
}

export async function scanClientSecrets(project: ClientProject): Promise<SecretFinding[]> {
	const prefix = `${CONTENT_DIR}/${project.slug}`;
	const loaded = new Map(project.documents.map((d) => [d.path, d.text]));
	if (project.clientYaml !== undefined) loaded.set(CLIENT_FILE, project.clientYaml);
	const fileAt = clientFileAt(project.dir);
	const others = (await glob('**/*', { cwd: project.dir, onlyFiles: true, dot: true }))
		.filter((path) => !loaded.has(path) && fileAt(path) === 'file')
		.sort();
	const texts = await Promise.all(others.map(async (path) => ({ path, text: await textOf(join(project.dir, path)) })));
	const files = [
		...[...loaded].map(([path, text]) => ({ file: `${prefix}/${path}`, text })),
		...texts.flatMap(({ path, text }) => (text === undefined ? [] : [{ file: `${prefix}/${path}`, text }])),
	];
	return scanSecrets(files);
}
