// Reads a Cairn project from disk: the clients under content/, each client's client.yaml and
// documents, validated and with every problem positioned. The build and `cairn check` share it.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { glob } from 'tinyglobby';
import type { ClientConfig } from '../schemas/client.ts';
import { readClientSource } from './client-source.ts';
import { readDocumentSource, type DocumentSource } from './document-source.ts';
import { CLIENT_FILE, CONTENT_DIR, DOCUMENT_PATTERN, documentId } from './paths.ts';
import { problem, sortProblems, type Problem } from './problems/problem.ts';

export interface LoadedDocument extends DocumentSource {
	/** Path inside the client folder, e.g. `adr/0003-queue.mdx`. */
	path: string;
	/** The page's id and URL path, e.g. `adr/0003-queue` (`index` for the home page). */
	id: string;
}

export interface ClientProject {
	slug: string;
	/** Absolute path of the client folder. */
	dir: string;
	config: ClientConfig | undefined;
	documents: LoadedDocument[];
	/** Every problem found, sorted by file and line. */
	problems: Problem[];
}

function toPosix(path: string): string {
	return path.split(sep).join(posix.sep);
}

/** The client folders under content/, sorted. Folders starting with `.` or `_` are not clients. */
export async function listClients(root: string): Promise<string[]> {
	const contentDir = join(root, CONTENT_DIR);
	if (!existsSync(contentDir)) return [];
	const entries = await readdir(contentDir, { withFileTypes: true });
	return entries
		.filter((entry) => entry.isDirectory() && !/^[._]/.test(entry.name))
		.map((entry) => entry.name)
		.sort();
}

/** The document files of a client folder, relative to it, sorted. */
export async function listDocuments(clientDir: string): Promise<string[]> {
	const files = await glob(DOCUMENT_PATTERN, { cwd: clientDir, onlyFiles: true });
	return files.map(toPosix).sort();
}

/** Reads and validates one client: its client.yaml and every document. */
export async function loadClient(root: string, slug: string): Promise<ClientProject> {
	const dir = join(root, CONTENT_DIR, slug);
	const rel = (path: string) => toPosix(relative(root, path));
	const problems: Problem[] = [];

	const clientPath = join(dir, CLIENT_FILE);
	let config: ClientConfig | undefined;
	if (existsSync(clientPath)) {
		const text = await readFile(clientPath, 'utf8');
		const source = readClientSource(rel(clientPath), text, slug, (path) => existsSync(join(dir, path)));
		config = source.config;
		problems.push(...source.problems);
	} else {
		problems.push(problem('ClientFileMissing', {}, { file: rel(dir), line: 1, column: 1 }));
	}

	const paths = await listDocuments(dir);
	const documents = await Promise.all(
		paths.map(async (path): Promise<LoadedDocument> => {
			const file = join(dir, path);
			const source = readDocumentSource(rel(file), await readFile(file, 'utf8'));
			return { ...source, path, id: documentId(path) };
		}),
	);
	const byId = new Map<string, LoadedDocument>();
	for (const document of documents) {
		problems.push(...document.problems);
		const other = byId.get(document.id);
		if (other) {
			problems.push(
				problem('DuplicateSlug', { slug: document.id, other: other.file }, { file: document.file, line: 1, column: 1 }),
			);
		} else {
			byId.set(document.id, document);
		}
	}
	return { slug, dir, config, documents, problems: sortProblems(problems) };
}
