// When each site was last built successfully, for `cairn status`: a small file per site under
// .cairn/builds/ in the project, outside every site, so nothing of it is ever published.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Audience } from '../core/audiences.ts';

export interface BuildRecord {
	client: string;
	audience: Audience;
	/** When the site was published, as an ISO timestamp. */
	finishedAt: string;
	pages: number;
}

const recordPath = (projectRoot: string, client: string, audience: Audience) =>
	join(projectRoot, '.cairn', 'builds', `${client}-${audience}.json`);

export async function recordBuild(projectRoot: string, record: BuildRecord): Promise<void> {
	const path = recordPath(projectRoot, record.client, record.audience);
	await mkdir(join(path, '..'), { recursive: true });
	await writeFile(path, `${JSON.stringify(record, null, '\t')}\n`);
}

export async function lastBuild(
	projectRoot: string,
	client: string,
	audience: Audience,
): Promise<BuildRecord | undefined> {
	const path = recordPath(projectRoot, client, audience);
	if (!existsSync(path)) return undefined;
	try {
		return JSON.parse(await readFile(path, 'utf8')) as BuildRecord;
	} catch {
		return undefined;
	}
}
