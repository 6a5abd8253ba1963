// What the benchmarks measure of a build and of a built site: wall and CPU time and the peak memory
// of the whole process tree; the bytes of the output, of its median page, of its search index; and
// the JavaScript a page loads in Chromium.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../src/lib/chromium-fs.ts';
import { serveStatic } from '../../src/lib/static-server-fs.ts';

export interface RunFigures {
	/** Seconds. */
	wall: number;
	/** CPU seconds of every process of the run, user and system. */
	cpu: number;
	/**
	 * Bytes: the largest memory of the run's process tree at once, sampled every 250 ms (more often, reading
	 * the memory maps of a 2 GB process tree slows the build it measures), as the sum of
	 * each process's proportional set size (PSS: pages shared between processes — Chromium's, Node
	 * workers' — counted once in all, not once per process as resident sizes would).
	 */
	peak: number;
}

const TICKS = 100; // USER_HZ on Linux

/** CPU seconds of the children this process has waited for (cutime + cstime of /proc/self/stat). */
function childrenCpu(): number {
	const fields = readFileSync('/proc/self/stat', 'utf8')
		.replace(/^.*\) /s, '')
		.split(' ');
	// After "pid (comm) ", field 3 is the state: cutime and cstime are fields 16 and 17.
	return (Number(fields[13]) + Number(fields[14])) / TICKS;
}

/** The proportional set size of a process, in bytes; 0 when it is gone. */
function pss(pid: number): number {
	try {
		const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
		return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
	} catch {
		return 0;
	}
}

/** Memory of a process and all its descendants (see {@link RunFigures.peak}). */
function treeMemory(root: number): number {
	const parents = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
				.replace(/^.*\) /s, '')
				.split(' ');
			parents.set(Number(name), Number(stat[1]));
		} catch {
			// Gone since the listing.
		}
	}
	const inTree = (pid: number): boolean => {
		for (let at: number | undefined = pid; at !== undefined && at > 1; at = parents.get(at)) {
			if (at === root) return true;
		}
		return false;
	};
	let total = 0;
	for (const pid of parents.keys()) if (inTree(pid)) total += pss(pid);
	return total;
}

/** Runs a command to its end and measures it; throws with its output when it fails. */
export function measureRun(
	command: string,
	args: readonly string[],
	options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<RunFigures> {
	return new Promise((resolve, reject) => {
		const cpuBefore = childrenCpu();
		const started = performance.now();
		const child = spawn(command, args, {
			cwd: options.cwd,
			env: { ...process.env, ...options.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		let peak = 0;
		const sample = setInterval(() => {
			if (child.pid) peak = Math.max(peak, treeMemory(child.pid));
		}, 250);
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(sample);
			const wall = (performance.now() - started) / 1000;
			if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
			else resolve({ wall, cpu: childrenCpu() - cpuBefore, peak });
		});
	});
}

export interface SiteFigures {
	/** Bytes of every file of the site. */
	output: number;
	pages: number;
	/** Bytes of the median page's HTML. */
	medianHtml: number;
	/** Bytes of the search index (pagefind/). */
	pagefind: number;
}

export async function siteFigures(dir: string): Promise<SiteFigures> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = await Promise.all(
		entries
			.filter((entry) => entry.isFile())
			.map(async (entry) => {
				const path = join(entry.parentPath, entry.name);
				return { path: path.slice(dir.length + 1), size: (await stat(path)).size };
			}),
	);
	const html = files
		.filter((file) => file.path.endsWith('.html'))
		.map((file) => file.size)
		.sort((a, b) => a - b);
	const sum = (list: { size: number }[]) => list.reduce((total, file) => total + file.size, 0);
	return {
		output: sum(files),
		pages: html.length,
		medianHtml: html[Math.floor(html.length / 2)] ?? 0,
		pagefind: sum(files.filter((file) => file.path.startsWith('pagefind/'))),
	};
}

export interface PageScripts {
	/**
	 * Bytes of JavaScript the page runs, uncompressed: its script files and its inline scripts (Astro
	 * inlines small scripts into the HTML; Cairn keeps them files, for its Content Security Policy).
	 */
	bytes: number;
	/** The same over the wire, gzip-compressed as a host serves it (inline scripts compressed alone). */
	gzip: number;
	files: number;
}

/** The JavaScript each page loads in Chromium, served with gzip; `paths` are site paths. */
export async function pageScripts(dir: string, paths: readonly string[], chromium: string): Promise<PageScripts[]> {
	const server = await serveStatic(dir, { gzip: true });
	const browser = await launchChromium(chromium);
	try {
		const results: PageScripts[] = [];
		for (const path of paths) {
			const page = await browser.context.newPage();
			const scripts: Promise<{ bytes: number; gzip: number }>[] = [];
			page.on('response', (response) => {
				if (response.request().resourceType() !== 'script') return;
				scripts.push(
					(async () => {
						const body = await response.body();
						const sizes = await response.request().sizes();
						return { bytes: body.length, gzip: sizes.responseBodySize };
					})(),
				);
			});
			await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
			const loaded = await Promise.all(scripts);
			const inline = await page.evaluate(() =>
				[...document.querySelectorAll('script:not([src])')]
					.filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
					.map((script) => script.textContent),
			);
			const inlineBytes = inline.map((text) => Buffer.from(text));
			results.push({
				bytes: [...loaded.map((s) => s.bytes), ...inlineBytes.map((b) => b.length)].reduce((a, b) => a + b, 0),
				gzip: [...loaded.map((s) => s.gzip), ...inlineBytes.map((b) => gzipSync(b).length)].reduce((a, b) => a + b, 0),
				files: loaded.length,
			});
			await page.close();
		}
		return results;
	} finally {
		await browser.close();
		await server.close();
	}
}
