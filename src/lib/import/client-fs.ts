// What the import needs to know of the client it writes into: its base path (site links start
// with it) and the documents it already has (their numbers and pages must not collide).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readClientSource } from '../client-source.ts';
import { readDocumentSource } from '../document-source.ts';
import { CLIENT_FILE, CONTENT_DIR } from '../paths.ts';
import { listDocuments } from '../project-fs.ts';
import type { ExistingDocument } from './model.ts';
import { readSourceName } from './source-name.ts';

export interface ClientState {
	/** `site.base` of client.yaml; `/` when it is missing or the file has errors. */
	base: string;
	existing: ExistingDocument[];
}

export async function readClientState(root: string, slug: string): Promise<ClientState> {
	const dir = join(root, CONTENT_DIR, slug);
	const clientFile = join(dir, CLIENT_FILE);
	let base = '/';
	if (existsSync(clientFile)) {
		const source = readClientSource(CLIENT_FILE, await readFile(clientFile, 'utf8'), slug, () => 'file');
		base = source.config?.site.base ?? '/';
	}
	const existing = await Promise.all(
		(await listDocuments(dir)).map(async (path): Promise<ExistingDocument> => {
			const raw: unknown = readDocumentSource(path, await readFile(join(dir, path), 'utf8')).raw;
			const data = raw !== null && typeof raw === 'object' ? (raw as { kind?: unknown; id?: unknown }) : {};
			const id = typeof data.id === 'string' ? /^ADR-(\d+)$/.exec(data.id) : null;
			const fromName = path.startsWith('adr/') ? readSourceName(path).number : undefined;
			const number = data.kind === 'adr' && id ? Number(id[1]) : fromName;
			return { path, ...(number === undefined ? {} : { number }) };
		}),
	);
	return { base, existing };
}
