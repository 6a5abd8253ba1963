// What one Astro run builds: which client, for which audience, into which folder. `cairn build`
// passes it in environment variables; running `astro` directly in a one-client project works too.
import { isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../lib/errors.ts';
import { installRoot } from '../lib/install.ts';
import { CONTENT_DIR, siteOutputDir } from '../lib/paths.ts';
import { readClientFoldersSync } from '../lib/project-fs.ts';
import { audiences, isAudience, type Audience } from '../core/audiences.ts';

export interface BuildTarget {
	/** The folder holding `content/`. */
	projectRoot: string;
	client: string;
	audience: Audience;
	/** Absolute output folder. */
	outDir: string;
	/** A base path for this build in place of client.yaml's (`cairn build --base`), e.g. for GitHub Pages. */
	base?: string;
}

export const BUILD_ENV = {
	root: 'CAIRN_ROOT',
	client: 'CAIRN_CLIENT',
	audience: 'CAIRN_AUDIENCE',
	outDir: 'CAIRN_OUT_DIR',
	base: 'CAIRN_BASE',
} as const;

export function resolveBuildTarget(env: Record<string, string | undefined>, engineRoot: string): BuildTarget {
	const rootEnv = env[BUILD_ENV.root];
	const projectRoot = rootEnv ? resolve(rootEnv) : installRoot(engineRoot);
	const clients = readClientFoldersSync(projectRoot).clients;
	const client = env[BUILD_ENV.client] ?? (clients.length === 1 ? clients[0] : undefined);
	if (!client) {
		throw clients.length === 0
			? new UserError('NoClients', { dir: join(projectRoot, CONTENT_DIR) })
			: new UserError('ClientNotChosen', { clients });
	}
	if (!clients.includes(client)) {
		throw new UserError('UnknownClient', { slug: client, dir: join(projectRoot, CONTENT_DIR), known: clients });
	}
	const audience: string = env[BUILD_ENV.audience] ?? 'team';
	if (!isAudience(audience)) {
		throw new UserError('UnknownAudience', { audience, options: audiences });
	}
	const outDirEnv = env[BUILD_ENV.outDir];
	const outDir = outDirEnv
		? isAbsolute(outDirEnv)
			? outDirEnv
			: resolve(projectRoot, outDirEnv)
		: join(projectRoot, siteOutputDir(client, audience));
	const base = env[BUILD_ENV.base];
	return { projectRoot, client, audience, outDir, ...(base ? { base } : {}) };
}
