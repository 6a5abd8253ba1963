// Reads a Cairn project from disk: the clients under content/, each client's client.yaml and
// documents, validated and with every problem positioned. The build and `cairn check` share it.
// Problems name files relative to the project root: content/<client>/….
// Only what lies inside a client's folder, after following links, is ever read as that client's:
// a document that is a link to a file elsewhere is reported, and its text is never read.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { decodeUtf8 } from './encoding.ts';
import { CLIENT_FILE, CONTENT_DIR, DOCUMENT_PATTERN, isInsideFolder, type FileState } from './paths.ts';
import { problem, type Problem } from './problems/problem.ts';
import { assembleClient, type ClientProject, type SourceText } from './project.ts';

export type { ClientProject, LoadedDocument } from './project.ts';

function toPosix(path: string): string {
	return path.split(sep).join(posix.sep);
}

export interface ClientFolders {
	/** The client folders under content/, sorted. Folders starting with `.` or `_` are not clients. */
	clients: string[];
	/** Entries of content/ that are symbolic links to folders: never built, reported instead. */
	links: string[];
}

/** The client folders under content/, and the links that look like client folders. */
export function readClientFolders(root: string): Promise<ClientFolders> {
	return Promise.resolve(readClientFoldersSync(root));
}

/** {@link readClientFolders}, for Astro's configuration, which is read synchronously. */
export function readClientFoldersSync(root: string): ClientFolders {
	const contentDir = join(root, CONTENT_DIR);
	if (!existsSync(contentDir)) return { clients: [], links: [] };
	const entries = readdirSync(contentDir, { withFileTypes: true }).filter((entry) => !/^[._]/.test(entry.name));
	const linkToFolder = (name: string) => {
		try {
			return statSync(join(contentDir, name)).isDirectory();
		} catch {
			return false;
		}
	};
	return {
		clients: entries
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name)
			.sort(),
		links: entries
			.filter((entry) => entry.isSymbolicLink() && linkToFolder(entry.name))
			.map((e) => e.name)
			.sort(),
	};
}

/** The client folders under content/, sorted. */
export async function listClients(root: string): Promise<string[]> {
	return (await readClientFolders(root)).clients;
}

/** The document files of a client folder, relative to it, sorted. */
export async function listDocuments(clientDir: string): Promise<string[]> {
	const files = await glob(DOCUMENT_PATTERN, { cwd: clientDir, onlyFiles: true });
	return files.map(toPosix).sort();
}

/** What is at a path inside a client folder, after following links; see {@link FileState}. */
export function clientFileAt(clientDir: string): (pathInClient: string) => FileState {
	let realRoot: string | undefined;
	return (pathInClient) => {
		const path = join(clientDir, pathInClient);
		if (!isInsideFolder(clientDir, path)) return 'outside';
		let real: string;
		try {
			real = realpathSync(path);
		} catch {
			return 'missing';
		}
		realRoot ??= realpathSync(clientDir);
		if (!isInsideFolder(realRoot, real)) return 'outside';
		return statSync(real).isFile() ? 'file' : 'missing';
	};
}

/** A file of the client as text, or the problem that keeps it from being read. */
function readText(path: string, display: string): string | { unreadable: Problem } {
	const decoded = decodeUtf8(readFileSync(path));
	if (!decoded.ok) {
		const { line, column, byte } = decoded;
		return { unreadable: problem('NotUtf8', { byte }, { file: display, line, column }) };
	}
	if (decoded.text.trim() === '')
		return { unreadable: problem('EmptyFile', {}, { file: display, line: 1, column: 1 }) };
	return decoded.text;
}

/** Reads and validates one client: its client.yaml and every document. */
export async function loadClient(root: string, slug: string): Promise<ClientProject> {
	const dir = join(root, CONTENT_DIR, slug);
	const fileAt = clientFileAt(dir);
	const read = (path: string): SourceText => {
		const display = `${CONTENT_DIR}/${slug}/${path}`;
		if (fileAt(path) === 'outside') {
			return { unreadable: problem('LinkOutsideClient', {}, { file: display, line: 1, column: 1 }) };
		}
		return readText(join(dir, path), display);
	};
	const clientYaml = lstatSync(join(dir, CLIENT_FILE), { throwIfNoEntry: false }) ? read(CLIENT_FILE) : undefined;
	// Synchronous reads: for a thousand small files they take a third of the time of promises.
	const documents = (await listDocuments(dir)).map((path) => ({ path, text: read(path) }));
	return assembleClient({ slug, dir, clientYaml, documents, fileAt });
}
