// Runbooks by service and severity, and the alert table: one row per alert name with a stable
// anchor, so an alert's runbook_url can point straight at it.
import { ofKind, type ViewDocument } from './documents.ts';

export interface RunbookRow {
	page: string;
	title: string;
	service: string;
	severity: string;
	alerts: readonly string[];
}

export interface ServiceGroup {
	service: string;
	runbooks: RunbookRow[];
}

function rows(documents: readonly ViewDocument[]): RunbookRow[] {
	return ofKind(documents, 'runbook').map(({ id, data }) => ({
		page: id,
		title: data.title,
		service: data.service,
		severity: data.severity,
		alerts: data.alerts,
	}));
}

/** Services in name order; each service's runbooks by severity (sev1 first), then title. */
export function runbooksByService(documents: readonly ViewDocument[]): ServiceGroup[] {
	const groups = new Map<string, RunbookRow[]>();
	for (const row of rows(documents)) groups.set(row.service, [...(groups.get(row.service) ?? []), row]);
	return [...groups]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([service, runbooks]) => ({
			service,
			runbooks: runbooks.sort((a, b) => a.severity.localeCompare(b.severity) || a.title.localeCompare(b.title)),
		}));
}

/**
 * The anchor of an alert on the alert table: the alert's name with anything but letters, digits,
 * `_` and `-` replaced, so `IngestLagHigh` is `#IngestLagHigh`.
 */
export function alertAnchor(alert: string): string {
	return alert.replace(/[^A-Za-z0-9_-]/g, '-');
}

export interface AlertRow {
	alert: string;
	anchor: string;
	runbooks: RunbookRow[];
}

/** Every alert name, sorted, with the runbooks that handle it. */
export function alertTable(documents: readonly ViewDocument[]): AlertRow[] {
	const byAlert = new Map<string, RunbookRow[]>();
	for (const row of rows(documents)) {
		for (const alert of row.alerts) byAlert.set(alert, [...(byAlert.get(alert) ?? []), row]);
	}
	return [...byAlert]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([alert, runbooks]) => ({ alert, anchor: alertAnchor(alert), runbooks }));
}

/** One row of the alert table: an alert and one runbook for it. */
export interface AlertRunbook {
	alert: string;
	/** The alert's anchor, on its first row only, so that an anchor is never given twice. */
	anchor: string | undefined;
	runbook: RunbookRow;
}

/** The alert table's rows: each alert once per runbook that handles it. */
export function alertRunbooks(alerts: readonly AlertRow[]): AlertRunbook[] {
	return alerts.flatMap(({ alert, anchor, runbooks }) =>
		runbooks.map((runbook, i) => ({ alert, anchor: i === 0 ? anchor : undefined, runbook })),
	);
}
