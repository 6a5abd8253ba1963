// Reads the alerting rule files a client.yaml lists (`alerting.rules`: paths or globs from the
// client folder, which may lead out of it to the infrastructure's own files) and what they define.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CLIENT_FILE, CONTENT_DIR } from '../paths.ts';
import { problem, type Problem } from '../problems/problem.ts';
import type { ClientProject } from '../project.ts';
import { parseYaml } from '../yaml-source.ts';
import { readRuleFile, type DefinedAlert } from './rule-files.ts';

export interface ClientAlerts {
	/** Whether client.yaml lists rule files at all: without them, coverage is not checked. */
	listed: boolean;
	alerts: DefinedAlert[];
	problems: Problem[];
}

/** The files one entry of `alerting.rules` names, from the client folder: a path (which may not exist) or a glob. */
function matchRules(clientDir: string, pattern: string): Promise<string[]> {
	return isDynamicPattern(pattern)
		? glob(pattern, { cwd: clientDir, absolute: true, onlyFiles: true, expandDirectories: false })
		: Promise.resolve([resolve(clientDir, pattern)]);
}

/** Every existing file a client's `alerting.rules` names, once each, sorted. */
export async function clientRuleFiles(project: ClientProject): Promise<string[]> {
	const files = new Set<string>();
	for (const pattern of project.config?.alerting?.rules ?? []) {
		for (const file of await matchRules(project.dir, pattern)) {
			try {
				if ((await stat(file)).isFile()) files.add(file);
			} catch {
				// Not there: cairn check says so.
			}
		}
	}
	return [...files].sort();
}

export async function readClientAlerts(projectRoot: string, project: ClientProject): Promise<ClientAlerts> {
	const patterns = project.config?.alerting?.rules ?? [];
	const result: ClientAlerts = { listed: patterns.length > 0, alerts: [], problems: [] };
	if (!patterns.length) return result;
	const clientFile = `${CONTENT_DIR}/${project.slug}/${CLIENT_FILE}`;
	const yaml = project.clientYaml === undefined ? undefined : parseYaml(project.clientYaml);
	const shown = (path: string) => {
		const fromRoot = relative(projectRoot, path);
		return fromRoot.startsWith('..') || isAbsolute(fromRoot) ? path : fromRoot.split('\\').join('/');
	};
	const files = new Set<string>();
	for (const [i, pattern] of patterns.entries()) {
		const matched = await matchRules(project.dir, pattern);
		const readable: string[] = [];
		for (const file of matched.sort()) {
			try {
				const text = await readFile(file, 'utf8');
				if (files.has(file)) continue;
				files.add(file);
				readable.push(file);
				const reading = readRuleFile(shown(file), text);
				result.alerts.push(...reading.alerts);
				for (const error of reading.errors) {
					const where = { file: shown(file), line: error.line, column: error.column };
					result.problems.push(problem('AlertRulesUnreadable', { detail: error.detail }, where));
				}
			} catch {
				// Not there, or a folder: said below, at the entry of client.yaml.
			}
		}
		if (!readable.length && !matched.some((file) => files.has(file))) {
			const { line, column } = yaml?.locate(['alerting', 'rules', i]) ?? { line: 1, column: 1 };
			result.problems.push(problem('AlertRulesNotFound', { rules: pattern }, { file: clientFile, line, column }));
		}
	}
	return result;
}
