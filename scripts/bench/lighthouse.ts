// Lighthouse's mobile performance score of built pages, served with gzip as a host would. Lighthouse
// is fetched with npx when the benchmark runs (it is no dependency of Cairn) and drives the same
// Chromium as everything else here (CHROME_PATH). Never run beside a build: it measures CPU time.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../src/lib/static-server-fs.ts';

export interface LighthouseScore {
	name: string;
	performance: number;
	/** Milliseconds. */
	lcp: number;
	tbt: number;
	cls: number;
	/** Script requests of the page. */
	scripts: number;
}

interface Report {
	categories: { performance: { score: number } };
	audits: Record<string, { numericValue?: number; details?: { items?: { resourceType?: string }[] } }>;
}

export async function lighthouseScores(
	chromium: string,
	pages: readonly { site: string; path: string; name: string }[],
): Promise<LighthouseScore[]> {
	const scores: LighthouseScore[] = [];
	const dir = await mkdtemp(join(tmpdir(), 'cairn-lighthouse-'));
	try {
		for (const page of pages) {
			const server = await serveStatic(page.site, { gzip: true });
			const report = join(dir, 'report.json');
			try {
				// Not execFileSync: the server answering Lighthouse runs in this process.
				await promisify(execFile)(
					'npx',
					[
						'--yes',
						'lighthouse@13',
						`${server.url}${page.path}`,
						'--only-categories=performance',
						'--output=json',
						`--output-path=${report}`,
						'--quiet',
						`--chrome-flags=--headless=new --disable-gpu --no-first-run --disable-background-networking${process.getuid?.() === 0 ? ' --no-sandbox' : ''}`,
					],
					{ env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 64 * 1024 * 1024 },
				);
			} finally {
				await server.close();
			}
			const result = JSON.parse(await readFile(report, 'utf8')) as Report;
			const value = (id: string) => result.audits[id]?.numericValue ?? Number.NaN;
			scores.push({
				name: page.name,
				performance: Math.round(result.categories.performance.score * 100),
				lcp: value('largest-contentful-paint'),
				tbt: value('total-blocking-time'),
				cls: value('cumulative-layout-shift'),
				scripts: (result.audits['network-requests']?.details?.items ?? []).filter(
					(item) => item.resourceType === 'Script',
				).length,
			});
			console.log(`  ${page.name}: ${scores.at(-1)?.performance}`);
		}
		return scores;
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
