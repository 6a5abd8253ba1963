// Alert coverage: every alert the client's rules define should have a runbook (someone paged at
// 3 a.m. needs one), and every alert a runbook names should be one the rules define (a renamed or
// misspelt alert leaves its runbook unreachable from the page). Pure: the rules come read.
import { suggest } from '../../core/suggest.ts';
import { at, type ValidDocument } from '../check/context.ts';
import { problem, type Problem } from '../problems/problem.ts';
import type { DefinedAlert } from './rule-files.ts';

export function alertCoverage(
	client: string,
	documents: readonly ValidDocument[],
	alerts: readonly DefinedAlert[],
): Problem[] {
	const defined = new Set(alerts.map((alert) => alert.name));
	const covered = new Set<string>();
	const problems: Problem[] = [];
	for (const document of documents) {
		if (document.data.kind !== 'runbook') continue;
		document.data.alerts.forEach((name, i) => {
			covered.add(name);
			if (defined.has(name)) return;
			const suggestion = suggest(name, defined);
			const where = at(document, ['alerts', i], `alerts[${i}]`);
			problems.push(problem('RunbookAlertUndefined', { alert: name, ...(suggestion ? { suggestion } : {}) }, where));
		});
	}
	const reported = new Set<string>();
	for (const alert of alerts) {
		// An alert defined in several files (one per environment) is reported once, where first defined.
		if (covered.has(alert.name) || reported.has(alert.name)) continue;
		reported.add(alert.name);
		const where = { file: alert.file, line: alert.line, column: alert.column };
		problems.push(problem('AlertWithoutRunbook', { alert: alert.name, client }, where));
	}
	return problems;
}
