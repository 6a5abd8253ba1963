// `cairn dev` (live preview while editing) and `cairn preview` (serve the built site), for one
// client and one audience: the team's site by default, or the investor or internal one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildCommandFor } from '../lib/audience.ts';
import { UserError } from '../lib/errors.ts';
import { formatProblems } from '../lib/problems/report-text.ts';
import { siteOutputDir } from '../lib/paths.ts';
import { type Audience } from '../core/audiences.ts';
import { planSite } from '../lib/build/site-plan-fs.ts';
import { runAstro, type AstroRun } from './astro-run.ts';
import { checkClients } from './check.ts';
import { requireClient, today, type CliContext } from './context.ts';

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
	// Preview serves what was built; Astro names the site and reads the client for its config.
	let site: AstroRun['site'] = { target: { projectRoot: ctx.projectRoot, client, audience } };
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
		const config = checked?.project.config;
		if (!checked || !config) throw new UserError('ClientHasErrors', { client, action: 'it can be previewed' });
		if (audience === 'investor' && !config.investor) throw new UserError('NoInvestorSite', { client });
		// The live preview starts from the client just checked, as a build does.
		const outDir = join(ctx.projectRoot, siteOutputDir(client, audience));
		site = { plan: planSite(ctx.projectRoot, { ...checked.project, config }, { audience, outDir, today: today(ctx) }) };
	}
	const { code } = await runAstro(command, {
		engineRoot: ctx.engineRoot,
		site,
		verbose: true,
		args: ['--port', options.port, '--host', options.host],
		print: ctx.out,
	});
	return code;
}
