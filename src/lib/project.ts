// A client as Cairn sees it: its validated client.yaml and documents, assembled from texts. Pure:
// project-fs.ts reads the texts from disk, tests pass them in.
import type { ClientConfig } from '../schemas/client.ts';
import { readClientSource } from './client-source.ts';
import { readDocumentSource, type DocumentSource } from './document-source.ts';
import { CLIENT_FILE, CONTENT_DIR, documentId, type FileState } from './paths.ts';
import { problem, sortProblems, type Problem } from './problems/problem.ts';

export interface LoadedDocument extends DocumentSource {
	/** Path inside the client folder, e.g. `adr/0003-queue.mdx`. */
	path: string;
	/** The page's id and URL path, e.g. `adr/0003-queue` (`index` for the home page). */
	id: string;
	/** The whole file as read, for the secret scan; empty when it could not be read. */
	text: string;
}

export interface ClientProject {
	slug: string;
	/** Absolute path of the client folder. */
	dir: string;
	config: ClientConfig | undefined;
	/** The text of client.yaml, when it could be read. */
	clientYaml: string | undefined;
	documents: LoadedDocument[];
	/** Every problem found while reading, sorted by file and line. */
	problems: Problem[];
}

/** A file's text, or why it could not be read as text (not UTF-8, empty, a link to elsewhere). */
export type SourceText = string | { unreadable: Problem };

export interface ClientTexts {
	slug: string;
	dir: string;
	/** The text of client.yaml, or `undefined` when the file is missing. */
	clientYaml: SourceText | undefined;
	/** Each document's path inside the client folder and its text. */
	documents: readonly { path: string; text: SourceText }[];
	/** What is at a path inside the client folder, after following links (the logo). */
	fileAt: (pathInClient: string) => FileState;
}

export function assembleClient(texts: ClientTexts): ClientProject {
	const prefix = `${CONTENT_DIR}/${texts.slug}`;
	const problems: Problem[] = [];
	let config: ClientConfig | undefined;
	if (texts.clientYaml === undefined) {
		problems.push(problem('ClientFileMissing', {}, { file: prefix, line: 1, column: 1 }));
	} else if (typeof texts.clientYaml !== 'string') {
		problems.push(texts.clientYaml.unreadable);
	} else {
		const source = readClientSource(`${prefix}/${CLIENT_FILE}`, texts.clientYaml, texts.slug, texts.fileAt);
		config = source.config;
		problems.push(...source.problems);
	}
	const documents = texts.documents.map(({ path, text }): LoadedDocument => {
		const file = `${prefix}/${path}`;
		const source: DocumentSource =
			typeof text === 'string'
				? readDocumentSource(file, text)
				: {
						file,
						data: undefined,
						raw: undefined,
						yaml: undefined,
						body: '',
						bodyLine: 1,
						problems: [text.unreadable],
					};
		return { ...source, path, id: documentId(path), text: typeof text === 'string' ? text : '' };
	});
	const byId = new Map<string, LoadedDocument>();
	for (const document of documents) {
		problems.push(...document.problems);
		const other = byId.get(document.id);
		if (other) {
			const where = { file: document.file, line: 1, column: 1 };
			problems.push(problem('DuplicateSlug', { slug: document.id, other: other.file }, where));
		} else {
			byId.set(document.id, document);
		}
	}
	const clientYaml = typeof texts.clientYaml === 'string' ? texts.clientYaml : undefined;
	return { slug: texts.slug, dir: texts.dir, config, clientYaml, documents, problems: sortProblems(problems) };
}
