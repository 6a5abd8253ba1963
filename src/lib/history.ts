// A handed-over repository starts with one commit, so git would date every document to the day of
// the handover. The export records each document's last-change date with a hash of its text
// (content/<client>/.history.json); as long as a document's text is unchanged, its recorded date
// stands, and the site's "Recently changed" shows the same dates before and after the handover.
import { createHash } from 'node:crypto';
import type { IsoDate } from '../core/dates.ts';

/** The file, inside a client folder, that keeps the dates a handover would otherwise lose. */
export const HISTORY_FILE = '.history.json';

export interface History {
	about: string;
	/** By path inside the client folder. */
	files: Record<string, { changed: IsoDate; sha256: string }>;
}

export function textHash(text: string | Uint8Array): string {
	return createHash('sha256').update(text).digest('hex');
}

/** The history to write at a handover: each file's date as the site shows it now, and the hash of its bytes. */
export function recordHistory(dates: Readonly<Record<string, IsoDate>>, hashes: ReadonlyMap<string, string>): History {
	const files: History['files'] = {};
	for (const [path, sha256] of [...hashes].sort(([a], [b]) => a.localeCompare(b))) {
		const changed = dates[path];
		if (changed) files[path] = { changed, sha256 };
	}
	return {
		about:
			'When each document last changed before this repository was handed over, kept by Cairn while the document is unchanged. Safe to delete: dates then come from git.',
		files,
	};
}

/** The dates with the recorded ones in place of those of files whose text is as recorded. */
export function applyHistory(
	dates: Readonly<Record<string, IsoDate>>,
	history: History,
	hashOf: (path: string) => string | undefined,
): Record<string, IsoDate> {
	const result = { ...dates };
	for (const [path, entry] of Object.entries(history.files)) {
		if (path in result && hashOf(path) === entry.sha256) result[path] = entry.changed;
	}
	return result;
}

/** Reads a history file's text; `undefined` when it is not one. */
export function parseHistory(text: string): History | undefined {
	try {
		const data = JSON.parse(text) as Partial<History>;
		return data.files && typeof data.files === 'object' ? { about: data.about ?? '', files: data.files } : undefined;
	} catch {
		return undefined;
	}
}
