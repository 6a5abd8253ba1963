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

/** After a failed build: everything but stack traces, progress lines and known noise. */
export function astroFailureFilter(): LogFilter {
	let inStack = false;
	return (line) => {
		const text = plain(line);
		if (/^\s*Stack trace:/.test(text)) {
			inStack = true;
			return false;
		}
		if (inStack && /^\s+at\s|^\s*$/.test(text)) return false;
		inStack = false;
		if (NOISE.some((pattern) => pattern.test(text))) return false;
		return (
			!/^\d\d:\d\d:\d\d\s+(├─|└─|\[build\]|\[vite\]|\[content\]|\[types\]|\[assets\])/.test(text) && text.trim() !== ''
		);
	};
}
