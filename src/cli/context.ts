// What every command receives: where the engine and the content are, and where to write.
import { join } from 'node:path';
import type { IsoDate } from '../core/dates.ts';
import { CONTENT_DIR } from '../lib/paths.ts';
import { UserError } from '../lib/errors.ts';
import { listClients, readClientFolders } from '../lib/project-fs.ts';
import { suggest } from '../core/suggest.ts';
import { todayFrom } from '../lib/today.ts';
import { slug as slugSchema } from '../schemas/client.ts';

export interface CliContext {
	/** The Cairn installation: src/, node_modules/, astro.config.mjs. */
	engineRoot: string;
	/** The folder holding content/ (the engine root unless --root says otherwise). */
	projectRoot: string;
	/** The folder the command was run from: paths on the command line are relative to it. */
	cwd: string;
	/** A path as the user knows it: relative to `cwd` when inside it, else absolute. */
	display: (path: string) => string;
	out: (line: string) => void;
	err: (line: string) => void;
	/** The clock, for review dates; CAIRN_TODAY=YYYY-MM-DD fixes it (reproducible builds and tests). */
	now: () => Date;
}

/** Today's date for checks and builds: CAIRN_TODAY when set, else the clock's. */
export function today(ctx: CliContext): IsoDate {
	return todayFrom(process.env, ctx.now());
}

/** Checks a --client value and returns it, or throws a one-line UserError (exit 2). */
export async function requireClient(ctx: CliContext, value: string): Promise<string> {
	if (!slugSchema.safeParse(value).success) {
		throw new UserError('BadClientSlug', { slug: value });
	}
	const { clients, links } = await readClientFolders(ctx.projectRoot);
	if (links.includes(value)) throw new UserError('LinkedClientFolder', {}, { at: `${CONTENT_DIR}/${value}` });
	if (!clients.includes(value)) {
		const suggestion = suggest(value, clients);
		const dir = ctx.display(join(ctx.projectRoot, CONTENT_DIR));
		throw new UserError('UnknownClient', { slug: value, dir, known: clients, ...(suggestion ? { suggestion } : {}) });
	}
	return value;
}

/** The clients a command applies to: the one named, or all of them. */
export async function selectClients(ctx: CliContext, client: string | undefined): Promise<string[]> {
	if (client) return [await requireClient(ctx, client)];
	const clients = await listClients(ctx.projectRoot);
	if (clients.length === 0) {
		throw new UserError('NoClients', { dir: ctx.display(join(ctx.projectRoot, CONTENT_DIR)) });
	}
	return clients;
}
