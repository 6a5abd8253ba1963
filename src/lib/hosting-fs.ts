// Writes the host files into a built site (see hosting.ts) before it is published.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isPrivate } from './audience.ts';
import { headersFile, inlineScriptHashes, ROBOTS_DISALLOW_ALL } from './hosting.ts';
import type { Audience } from './paths.ts';

export async function writeHostingFiles(dir: string, audience: Audience): Promise<void> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const pages = await Promise.all(
		entries
			.filter((e) => e.isFile() && e.name.endsWith('.html'))
			.map((e) => readFile(join(e.parentPath, e.name), 'utf8')),
	);
	await writeFile(join(dir, '_headers'), headersFile(audience, inlineScriptHashes(pages)));
	if (isPrivate(audience)) await writeFile(join(dir, 'robots.txt'), ROBOTS_DISALLOW_ALL);
}
