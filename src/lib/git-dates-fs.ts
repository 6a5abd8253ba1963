// When each document last changed, for "recently changed" on the home page: the date of the last
// commit that touched it, or the file's own date for changes not committed yet. In a shallow
// clone (or outside git) commit dates say nothing, so file dates are used and the page says so.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dateToIso, type IsoDate } from '../core/dates.ts';
import { applyHistory, HISTORY_FILE, parseHistory, textHash } from './history.ts';

export interface ChangeDates {
	source: 'git' | 'files';
	/** Why file dates were used, when they were. */
	reason?: string;
	/** Dates by path inside the client folder. */
	dates: Record<string, IsoDate>;
}

function git(dir: string, args: string[]): string | undefined {
	try {
		return execFileSync('git', ['-C', dir, ...args], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			maxBuffer: 64 * 1024 * 1024,
		});
	} catch {
		return undefined;
	}
}

function fileDate(dir: string, path: string): IsoDate {
	return dateToIso(statSync(join(dir, path)).mtime);
}

function fromFiles(dir: string, paths: readonly string[], reason: string): ChangeDates {
	return { source: 'files', reason, dates: Object.fromEntries(paths.map((path) => [path, fileDate(dir, path)])) };
}

/** The last-change date of each path (relative to `dir`, the client folder). */
export function changeDates(dir: string, paths: readonly string[]): ChangeDates {
	const found = datesFromGitOrFiles(dir, paths);
	const file = join(dir, HISTORY_FILE);
	const history = existsSync(file) ? parseHistory(readFileSync(file, 'utf8')) : undefined;
	if (!history) return found;
	const hashOf = (path: string) => (existsSync(join(dir, path)) ? textHash(readFileSync(join(dir, path))) : undefined);
	return { ...found, dates: applyHistory(found.dates, history, hashOf) };
}

function datesFromGitOrFiles(dir: string, paths: readonly string[]): ChangeDates {
	if (git(dir, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') {
		return fromFiles(dir, paths, 'the content is not in a git repository');
	}
	if (git(dir, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true') {
		return fromFiles(dir, paths, 'this clone is shallow, so its commits do not say when documents changed');
	}
	const dates: Record<string, IsoDate> = {};
	// Newest commits first: the first date seen for a file is its last change.
	for (const commit of (git(dir, ['log', '--format=%x00%cs', '--name-only', '--relative', '--', '.']) ?? '').split(
		'\0',
	)) {
		const [date, ...files] = commit.split('\n').filter(Boolean);
		if (!date) continue;
		for (const file of files) dates[file] ??= date;
	}
	const uncommitted = new Set(
		[
			...(git(dir, ['diff', '--name-only', '--relative', 'HEAD', '--', '.']) ?? '').split('\n'),
			...(git(dir, ['ls-files', '--others', '--exclude-standard']) ?? '').split('\n'),
		].filter(Boolean),
	);
	for (const path of paths) {
		if (uncommitted.has(path) || !dates[path]) dates[path] = fileDate(dir, path);
	}
	return { source: 'git', dates: Object.fromEntries(paths.map((path) => [path, dates[path] ?? fileDate(dir, path)])) };
}
