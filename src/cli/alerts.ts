// `cairn alerts`: the `runbook_url` annotation of each of a client's alerts, pointing at its row
// of the team site's alert table, ready to paste into the alerting rules. The alerts are those the
// rule files in client.yaml define, else those the runbooks name.
import { alertRunbookUrls, type AlertLink } from '../lib/alerts/links.ts';
import { readClientAlerts } from '../lib/alerts/rule-files-fs.ts';
import { UserError } from '../lib/errors.ts';
import { loadClient } from '../lib/project-fs.ts';
import { requireClient, type CliContext } from './context.ts';

export interface AlertsOptions {
	client: string;
	format: 'text' | 'json';
}

function textLines(links: readonly AlertLink[], slug: string, hasUrl: boolean): string[] {
	const lines = [`# runbook_url annotations for the alerts of ${slug}: each leads to its row of the alert table.`];
	if (!hasUrl) lines.push('# client.yaml has no site.url, so these are paths: put the site’s address in front.');
	for (const link of links) {
		if (link.runbookUrl) lines.push(`${link.alert}:`, `  runbook_url: ${link.runbookUrl}`);
		else lines.push(`# ${link.alert}: no runbook yet (npx cairn new runbook --client ${slug} … --alert ${link.alert})`);
	}
	return lines;
}

export async function alertsCommand(ctx: CliContext, options: AlertsOptions): Promise<number> {
	const slug = await requireClient(ctx, options.client);
	const project = await loadClient(ctx.projectRoot, slug);
	if (!project.config) throw new UserError('ClientYamlBroken', { client: slug });
	const config = project.config;
	const alerting = await readClientAlerts(ctx.projectRoot, project);
	const links = alertRunbookUrls({ ...project, config }, alerting.listed ? alerting.alerts : undefined);
	if (options.format === 'json') ctx.out(JSON.stringify(links, null, '\t'));
	else for (const line of textLines(links, slug, Boolean(config.site.url))) ctx.out(line);
	return 0;
}
