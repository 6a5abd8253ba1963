// `cairn dev` (live preview while editing) and `cairn preview` (serve the built site).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../lib/errors.ts';
import { siteOutputDir } from '../lib/paths.ts';
import { runAstro } from './astro-run.ts';
import { requireClient, type CliContext } from './context.ts';

export interface ServeOptions {
	client: string;
	port: string;
	host: string;
}

export async function serveCommand(
	ctx: CliContext,
	command: 'dev' | 'preview',
	options: ServeOptions,
): Promise<number> {
	const client = await requireClient(ctx, options.client);
	if (command === 'preview' && !existsSync(join(ctx.projectRoot, siteOutputDir(client, 'team'), 'index.html'))) {
		throw new UserError(`${client} has not been built yet. Build it first: npx cairn build --client ${client}`, 1);
	}
	const { code } = await runAstro(command, {
		engineRoot: ctx.engineRoot,
		projectRoot: ctx.projectRoot,
		client,
		audience: 'team',
		verbose: true,
		args: ['--port', options.port, '--host', options.host],
		print: ctx.out,
	});
	return code;
}
