// Astro's build log is long; a Cairn user needs its warnings, and when a build fails, its error.

/** Warnings every Cairn build prints that say nothing about the user's content. */
const NOISE = [
	/The collection "i18n" does not exist or is empty/,
	/Entry docs → 404 was not found/,
	/The Sitemap integration requires the `site` astro.config option/,
	/MODULE_LEVEL_DIRECTIVE/,
];

const plain = (line: string) => line.replace(/\u001b\[[0-9;]*m/g, '');

export type LogFilter = (line: string) => boolean;

/** After a successful build: warnings only, without the known noise. */
export function astroWarningFilter(): LogFilter {
	return (line) => {
		const text = plain(line);
		return text.includes('[WARN]') && !NOISE.some((pattern) => pattern.test(text));
	};
}

const TIMESTAMP = /^\s*\d\d:\d\d:\d\d\s/;
const PROGRESS = [/^\s*generating static routes\s*$/, /^\s*\(\+\d+(?:\.\d+)?m?s\)\s*$/, /[├└]─/, /^\s*▶/];

/**
 * After a failed build: errors and warnings with the lines that explain them, without stack
 * traces, progress lines, informational lines and known noise.
 */
export function astroFailureFilter(): LogFilter {
	return (line) => {
		const text = plain(line);
		if (text.trim() === '' || /^\s+at\s/.test(text) || /^\s*Stack trace:/.test(text)) return false;
		if (NOISE.some((pattern) => pattern.test(text)) || PROGRESS.some((pattern) => pattern.test(text))) return false;
		if (TIMESTAMP.test(text)) return /\[(ERROR|WARN)\]/.test(text);
		return true;
	};
}

/** A line that gives a position in Cairn's own code or a package's: nothing a user can act on. */
const CODE_LOCATION = /^\s+\S*(?:\/node_modules\/|\/src\/(?:astro|lib|cli|components|views)\/)\S*:\d+:\d+\s*$/;

/** Drops each "Location:" that points into Cairn's or a package's code, with its line; keeps those in documents. */
export function withoutCodeLocations(lines: readonly string[]): string[] {
	return lines.filter((line, i) => {
		const text = plain(line);
		if (/^\s*Location:\s*$/.test(text)) return !CODE_LOCATION.test(plain(lines[i + 1] ?? ''));
		return !(CODE_LOCATION.test(text) && /^\s*Location:\s*$/.test(plain(lines[i - 1] ?? '')));
	});
}
