// Where each alert's `runbook_url` should lead: its row of the team site's alert table
// (`/runbooks/alerts/#<alert>`), which lists every runbook for it. An alert with no runbook the
// team site shows gets none. Pure.
import { inAudience } from '../../core/audiences.ts';
import type { ClientConfig } from '../../schemas/client.ts';
import { baseWithSlash } from '../paths.ts';
import type { ClientProject } from '../project.ts';
import { siteAddress } from '../records/records.ts';
import { alertAnchor } from '../views/runbooks.ts';
import type { DefinedAlert } from './rule-files.ts';

export interface AlertLink {
	alert: string;
	/** The annotation's value; `undefined` when no runbook on the team site covers the alert. */
	runbookUrl: string | undefined;
	/** The runbooks that cover it, by page id. */
	runbooks: string[];
	/** Where the rules define it, when they were read. */
	definedAt?: string;
}

/**
 * One link per alert: those the rules define (`alerts`, in their order, each once), or without
 * rules every alert a team runbook names.
 */
export function alertRunbookUrls(
	project: ClientProject & { config: ClientConfig },
	alerts: readonly DefinedAlert[] | undefined,
): AlertLink[] {
	const runbooksOf = new Map<string, string[]>();
	for (const document of project.documents) {
		const data = document.data;
		if (data?.kind !== 'runbook' || !inAudience(data.audience, 'team')) continue;
		for (const alert of data.alerts) runbooksOf.set(alert, [...(runbooksOf.get(alert) ?? []), document.id]);
	}
	const table = `${baseWithSlash(project.config.site.base)}runbooks/alerts/`;
	const names = alerts ? [...new Map(alerts.map((alert) => [alert.name, alert])).values()] : undefined;
	const rows = names
		? names.map((alert) => ({ alert: alert.name, definedAt: `${alert.file}:${alert.line}` }))
		: [...runbooksOf.keys()].sort((a, b) => a.localeCompare(b)).map((alert) => ({ alert }));
	return rows.map((row) => {
		const runbooks = runbooksOf.get(row.alert) ?? [];
		return {
			...row,
			runbookUrl: runbooks.length ? siteAddress(project.config.site, `${table}#${alertAnchor(row.alert)}`) : undefined,
			runbooks,
		};
	});
}
