// Chromium, driven by playwright-core: the Debian package's binary (test tools' own browser
// downloads cannot run here). Used by `cairn pdf` and the browser tests.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

/**
 * The Chromium binary to use: CHROMIUM_PATH when set, else the first one installed.
 * CHROMIUM_PATH=none says to use none (a build then lets the pages draw their diagrams).
 */
export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
	if (env.CHROMIUM_PATH === 'none') return undefined;
	if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
	return CANDIDATES.find((path) => existsSync(path));
}

export interface Browser {
	context: BrowserContext;
	close: () => Promise<void>;
}

/** Starts headless Chromium with a throwaway profile and no background network traffic. */
export async function launchChromium(
	executablePath: string,
	options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<Browser> {
	const profile = await mkdtemp(join(tmpdir(), 'cairn-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
		args: [
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			// Running as root (containers, CI) needs it; elsewhere Chromium keeps its sandbox.
			...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
		],
	});
	return {
		context,
		close: async () => {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		},
	};
}
