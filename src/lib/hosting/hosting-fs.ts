// Prepares a built site for its host before it is published: audits every page and SVG (see
// audit.ts), then writes `_headers` with a Content Security Policy naming exactly the known
// inline scripts the site uses, and robots.txt for sites that must not be found.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isPrivate } from '../audience.ts';
import type { Audience } from '../../core/audiences.ts';
import { auditSite, type AuditFinding } from './audit.ts';
import { headersFile, ROBOTS_DISALLOW_ALL } from './headers.ts';

/**
 * Audits the site in `dir` and, when nothing is found, writes its host files. Returns what the
 * audit found; when it found anything, no host file is written and the site must not be published.
 */
export async function prepareForHosting(
	dir: string,
	audience: Audience,
	known: ReadonlyMap<string, string>,
): Promise<AuditFinding[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = await Promise.all(
		entries
			.filter((e) => e.isFile() && /\.(html|svg)$/i.test(e.name))
			.map(async (e) => {
				const path = join(e.parentPath, e.name);
				return { path: relative(dir, path).split('\\').join('/'), text: await readFile(path, 'utf8') };
			}),
	);
	const { findings, scriptHashes } = auditSite(files, known);
	if (findings.length) return findings;
	await writeFile(join(dir, '_headers'), headersFile(audience, scriptHashes));
	if (isPrivate(audience)) await writeFile(join(dir, 'robots.txt'), ROBOTS_DISALLOW_ALL);
	return [];
}
