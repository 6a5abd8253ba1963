// Every file of a built site as text, with Pagefind's gzip-compressed index files decompressed, so
// that a phrase can be searched for in everything a visitor could download.
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BuiltFile } from './site-checks.ts';

function decode(path: string, bytes: Buffer): string {
	const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
	const data = gzipped ? gunzipSync(bytes) : bytes;
	return data.toString(/\.(pf_\w+|wasm|png|jpe?g|webp|woff2?)$/.test(path) && !gzipped ? 'latin1' : 'utf8');
}

export async function readSiteFiles(dir: string): Promise<BuiltFile[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = entries.filter((entry) => entry.isFile());
	return Promise.all(
		files.map(async (entry) => {
			const path = join(entry.parentPath, entry.name);
			return {
				path: path
					.slice(dir.length + 1)
					.split(sep)
					.join('/'),
				text: decode(path, await readFile(path)),
			};
		}),
	);
}
