// Draws Mermaid diagrams at build time: Mermaid's own bundle in one headless Chromium page (the
// Debian package, as for `cairn pdf`), each diagram in the light and the dark theme. Drawings are
// kept on disk by a hash of the source, the Mermaid version and the settings, so a rebuild draws
// only what changed and starts no browser when nothing did. One diagram at a time: Mermaid keeps
// global state while it draws.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { IsoDate } from '../../core/dates.ts';
import { pruneUnused, readCached, writeCached } from '../cache-fs.ts';
import { launchChromium, type Browser } from '../chromium-fs.ts';
import { MERMAID_CONFIG, scopeIds, type DrawnDiagram } from './markup.ts';

/** A diagram Mermaid cannot read: its message, and the line of the diagram it names, if any. */
export class DiagramSyntaxError extends Error {
	readonly lineInDiagram: number | undefined;
	constructor(message: string, lineInDiagram: number | undefined) {
		super(message);
		this.lineInDiagram = lineInDiagram;
	}
}

/** Chromium is there but does not start: a broken install, missing libraries, a wrong CHROMIUM_PATH. */
export class ChromiumStartError extends Error {
	readonly chromium: string;
	readonly reason: string;
	constructor(chromium: string, reason: string) {
		super(`Chromium (${chromium}) did not start: ${reason}`);
		this.chromium = chromium;
		this.reason = reason;
	}
}

const THEMES = { light: 'default', dark: 'dark' } as const;

/** Part of every cache key: raise it when what is done to a drawing after Mermaid changes. */
const DRAWING_FORMAT = 2;

interface Drawing {
	ok: true;
	/** Light, then dark. */
	svgs: string[];
}
interface Failure {
	ok: false;
	message: string;
}

export class DiagramRenderer {
	private browser: Promise<{ browser: Browser; page: Page }> | undefined;
	private queue: Promise<unknown> = Promise.resolve();
	/** Drawings asked for in this build, by key: a diagram asked for twice is drawn once. */
	private readonly asked = new Map<string, Promise<DrawnDiagram>>();
	private readonly version: string;
	private readonly bundle: string;
	/** Diagrams drawn in the browser by this renderer, and those read from the cache. */
	readonly counts = { drawn: 0, cached: 0 };

	private readonly chromium: string;
	private readonly cacheDir: string;
	private readonly today: IsoDate;

	/** `today` is the site's date: a Gantt chart marks it, as the browser would have marked its own. */
	constructor(chromium: string, cacheDir: string, today: IsoDate) {
		this.chromium = chromium;
		this.cacheDir = cacheDir;
		this.today = today;
		const require = createRequire(import.meta.url);
		const manifest = require.resolve('mermaid/package.json');
		this.version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
		this.bundle = join(dirname(manifest), 'dist', 'mermaid.min.js');
	}

	/** The light and dark drawings of a source; throws {@link DiagramSyntaxError} when it does not parse. */
	draw(source: string): Promise<DrawnDiagram> {
		const key = this.cacheKey(source);
		const asked = this.asked.get(key);
		if (asked) return asked;
		const cached = this.fromCache(key);
		if (cached) {
			this.counts.cached++;
			this.asked.set(key, Promise.resolve(cached));
			return Promise.resolve(cached);
		}
		const result = this.queue.then(async () => {
			const drawn = await this.drawBoth(source, `cairn-${key}`);
			await this.toCache(key, drawn);
			this.counts.drawn++;
			return drawn;
		});
		this.queue = result.catch(() => undefined);
		this.asked.set(key, result);
		return result;
	}

	/** The name of a source's drawings in the cache: its text, Mermaid's version and settings, the date a Gantt chart marks. */
	cacheKey(source: string): string {
		return createHash('sha256')
			.update(
				JSON.stringify([
					DRAWING_FORMAT,
					this.version,
					MERMAID_CONFIG,
					source,
					/^\s*gantt\b/m.test(source) ? this.today : '',
				]),
			)
			.digest('hex')
			.slice(0, 24);
	}

	/** Closes Chromium once what was asked is drawn; a later drawing starts it again. */
	async close(): Promise<void> {
		for (let drawing = this.queue; ; drawing = this.queue) {
			await drawing;
			if (drawing === this.queue) break;
		}
		const started = this.browser;
		this.browser = undefined;
		// A Chromium that did not start has nothing to close; the drawing that needed it said why.
		const running = await started?.catch(() => undefined);
		if (running) await running.browser.close();
	}

	private file(key: string): string {
		return join(this.cacheDir, `${key}.json`);
	}

	/** Removes the drawings no build has used for a month (src/lib/cache-fs.ts). */
	prune(now = Date.now()): number {
		return pruneUnused(this.cacheDir, now);
	}

	private fromCache(key: string): DrawnDiagram | undefined {
		const drawn = readCached(this.file(key)) as Partial<DrawnDiagram> | undefined;
		return typeof drawn?.light === 'string' && typeof drawn.dark === 'string'
			? { light: drawn.light, dark: drawn.dark }
			: undefined;
	}

	private toCache(key: string, drawn: DrawnDiagram): Promise<void> {
		return writeCached(this.file(key), drawn);
	}

	private async page(): Promise<Page> {
		this.browser ??= (async () => {
			let browser: Browser;
			try {
				browser = await launchChromium(this.chromium);
			} catch (error) {
				throw new ChromiumStartError(this.chromium, launchReason(error));
			}
			const page = await browser.context.newPage();
			await page.clock.setFixedTime(new Date(`${this.today}T12:00:00Z`));
			await page.setContent('<!doctype html><html lang="en"><body></body></html>');
			await page.addScriptTag({ path: this.bundle });
			return { browser, page };
		})();
		return (await this.browser).page;
	}

	/** Both drawings in one round trip to the page: `<id>-light` and `<id>-dark`. */
	private async drawBoth(source: string, id: string): Promise<DrawnDiagram> {
		const page = await this.page();
		const result = await page.evaluate(
			async ({ source, id, config, themes }): Promise<Drawing | Failure> => {
				const mermaid = (globalThis as unknown as { mermaid: MermaidGlobal }).mermaid;
				const svgs: string[] = [];
				try {
					for (const [suffix, theme] of themes) {
						mermaid.initialize({ ...config, theme, startOnLoad: false });
						svgs.push((await mermaid.render(`${id}-${suffix}`, source)).svg);
					}
					return { ok: true, svgs };
				} catch (error) {
					return { ok: false, message: error instanceof Error ? error.message : String(error) };
				} finally {
					// Mermaid leaves its scratch element behind when a diagram fails.
					for (const [suffix] of themes) document.getElementById(`d${id}-${suffix}`)?.remove();
				}
			},
			{ source, id, config: MERMAID_CONFIG, themes: Object.entries(THEMES) },
		);
		if (!result.ok) {
			const line = /Parse error on line (\d+)/.exec(result.message)?.[1];
			throw new DiagramSyntaxError(result.message, line ? Number(line) : undefined);
		}
		const [light = '', dark = ''] = result.svgs;
		return { light: scopeIds(light, `${id}-light`), dark: scopeIds(dark, `${id}-dark`) };
	}
}

/**
 * Why Chromium did not start, in a line. Playwright's message holds Chromium's own output, then a
 * call log: the first line Chromium printed to stderr says why (a missing library, a bad binary),
 * else its exit code, else Playwright's first line.
 */
export function launchReason(error: unknown): string {
	const text = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[[0-9;]*m/g, '');
	const logs = text.split(/^Call log:$/m)[0] ?? text;
	const printed = /^\[pid=\d+\]\[err\]\s*(\S.*)$/m.exec(logs)?.[1];
	const exited = /process did exit: exitCode=(\d+)/.exec(text)?.[1];
	const reason =
		printed ??
		(exited ? `it exited with code ${exited}` : (text.split('\n')[0] ?? '').replace(/^browserType\.\w+:\s*/, ''));
	return reason.length > 200 ? `${reason.slice(0, 199)}…` : reason || 'no reason given';
}

interface MermaidGlobal {
	initialize(config: object): void;
	render(id: string, source: string): Promise<{ svg: string }>;
}
