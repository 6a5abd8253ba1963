// The browser tests run wherever Chromium is installed; without it they are skipped with a
// message, except in CI, where .ci/run installs it and its absence is a failure.
import { findChromium, launchChromium, type Browser } from '../../src/lib/chromium-fs.ts';

export type { Browser };

const chromiumPath = findChromium();

export const hasChromium = chromiumPath !== undefined;

if (!chromiumPath) {
	if (process.env.CI) throw new Error('Chromium is missing; .ci/run should have installed it.');
	console.warn('Skipping browser tests: no Chromium (apt-get install chromium, or set CHROMIUM_PATH).');
}

export function launchBrowser(): Promise<Browser> {
	if (!chromiumPath) throw new Error('no Chromium');
	return launchChromium(chromiumPath);
}
