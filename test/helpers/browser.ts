// Debian's Chromium driven by playwright-core. Browser tests run wherever Chromium is installed;
// without it they are skipped with a message, except in CI, where .ci/run installs it and its
// absence is a failure.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const hasChromium = existsSync(chromiumPath);

if (!hasChromium) {
	if (process.env.CI) throw new Error(`Chromium is missing at ${chromiumPath}; .ci/run should have installed it.`);
	console.warn(
		`Skipping browser tests: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH).`,
	);
}

export interface Browser {
	context: BrowserContext;
	close: () => Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
	const profile = await mkdtemp(join(tmpdir(), 'cairn-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath,
		headless: true,
		args: [
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
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
