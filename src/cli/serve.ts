// `cairn dev` (live preview while editing) and `cairn preview` (serve the built site), for one
// client and one audience: the team's site by default, or the investor or internal one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildCommandFor } from '../lib/audience.ts';
import { UserError } from '../lib/errors.ts';
import { formatProblems } from '../lib/problems/report-text.ts';
import { siteOutputDir } from '../lib/paths.ts';
import { type Audience } from '../core/audiences.ts';
import { runAstro } from './astro-run.ts';
import { checkClients } from './check.ts';
import { requireClient, type CliContext } from './context.ts';

export interface ServeOptions {
	client: string;
	audience: Audience;
	port: string;
	host: string;
}

export async function serveCommand(
	ctx: CliContext,
	command: 'dev' | 'preview',
	options: ServeOptions,
): Promise<number> {
	const client = await requireClient(ctx, options.client);
	const { audience } = options;
	if (command === 'preview') {
		if (!existsSync(join(ctx.projectRoot, siteOutputDir(client, audience), 'index.html'))) {
			throw new UserError('SiteNotBuilt', { audience, client, command: buildCommandFor(client, audience) });
		}
	} else {
		// Astro would stop on the same problems, with a stack trace instead of file and line.
		const [checked] = (await checkClients(ctx, client)).clients;
		const errors = checked?.problems.filter((p) => p.severity === 'error') ?? [];
		if (errors.length) {
			ctx.err(formatProblems(errors));
			throw new UserError('ClientHasErrors', { client, action: 'it can be previewed' });
		}
		if (audience === 'investor' && !checked?.project.config?.investor) {
			throw new UserError('NoInvestorSite', { client });
		}
	}
	const { code } = await runAstro(command, {
		engineRoot: ctx.engineRoot,
		projectRoot: ctx.projectRoot,
		client,
		audience,
		verbose: true,
		args: ['--port', options.port, '--host', options.host],
		print: ctx.out,
	});
	return code;
}
