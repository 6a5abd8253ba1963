// Mermaid diagrams drawn while the site builds, so that no page loads Mermaid's JavaScript. Every
// diagram reaches the built HTML as `<pre class="mermaid">` — from a ```mermaid fence (the Markdown
// plugin below) or from a view that generates one — and once Astro has written the pages, each is
// replaced by a figure holding its light and dark SVG, before Pagefind indexes them. Drawing starts
// with Astro's config, so Chromium works on the second core while Astro syncs and Vite bundles.
// `cairn dev`, and a build on a machine without Chromium, draw them in the browser (astro-mermaid).
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import type { SitePlan } from '../lib/build/site-plan.ts';
import { writeDiagramProblem, type DiagramProblem } from '../lib/build/site-plan-fs.ts';
import {
	diagramBlocks,
	diagramDetail,
	diagramFigure,
	diagramLabel,
	diagramLine,
	escapeHtml,
	fencedDiagrams,
	trimSource,
	withDiagrams,
} from '../lib/diagrams/markup.ts';
import { findChromium } from '../lib/chromium-fs.ts';
import { ChromiumStartError, DiagramRenderer, DiagramSyntaxError } from '../lib/diagrams/render-fs.ts';
import { baseWithSlash, pageUrl } from '../lib/paths.ts';
import { decisionGraph } from '../lib/views/decision-graph.ts';
import { roadmapGantt } from '../lib/views/roadmap.ts';

/** ```mermaid fences become blocks to draw, as astro-mermaid's own plugin makes them. */
export const mermaidFencePlugin = defineMdastPlugin({
	name: 'cairn-mermaid-fences',
	code(node) {
		if (node.lang !== 'mermaid') return;
		return { type: 'html', value: `<pre class="mermaid">${escapeHtml(node.value)}</pre>` };
	},
});

export interface DiagramOptions {
	plan: SitePlan;
	/** Where drawings are kept between builds. */
	cacheDir: string;
	/** The staging folder, where a diagram that does not parse is reported to the CLI. */
	stage: string;
	/** The integration that draws diagrams in the browser instead: `cairn dev`, or no Chromium. */
	inBrowser: () => AstroIntegration;
}

/** Where a diagram that does not parse is written: its document's file and line, or the page's route. */
function locate(
	plan: SitePlan,
	route: string,
	source: string,
	error: DiagramSyntaxError,
): Extract<DiagramProblem, { kind: 'syntax' }> {
	const base = baseWithSlash(plan.site.base);
	const document = plan.included.find((d) => pageUrl(base, d.id) === route);
	const detail = diagramDetail(error.message);
	if (!document) return { kind: 'syntax', file: route, line: 0, detail };
	let text = '';
	try {
		text = readFileSync(join(plan.clientDir, document.path), 'utf8');
	} catch {
		// Unreadable now: the document's file is still the place to look.
	}
	return { kind: 'syntax', file: document.file, line: diagramLine(text, source, error.lineInDiagram) ?? 0, detail };
}

/**
 * Draws what the site's pages will hold: the ```mermaid fences of its documents, and the diagrams
 * the views draw from frontmatter (the decision graph, each roadmap's timeline), computed here as
 * the views compute them. Then Chromium is closed, so that it holds no memory while Astro renders;
 * a diagram missed here is drawn when the pages are written (below).
 */
async function prefetch(renderer: DiagramRenderer, plan: SitePlan): Promise<void> {
	const sources: string[] = [];
	for (const document of plan.included) {
		if (document.data.kind === 'roadmap') sources.push(roadmapGantt(document.data));
		let text: string;
		try {
			text = await readFile(join(plan.clientDir, document.path), 'utf8');
		} catch {
			continue;
		}
		if (text.includes('mermaid')) sources.push(...fencedDiagrams(text).map(({ source }) => source));
	}
	const graph = decisionGraph(plan.included.map(({ id, data }) => ({ id, data }))).source;
	if (graph) sources.push(graph);
	await Promise.allSettled(sources.map((source) => renderer.draw(trimSource(source))));
	await renderer.close();
}

export function diagrams(options: DiagramOptions): AstroIntegration {
	const { plan } = options;
	let renderer: DiagramRenderer | undefined;
	return {
		name: 'cairn-diagrams',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				const chromium = command === 'build' ? findChromium() : undefined;
				if (!chromium) {
					updateConfig({ integrations: [options.inBrowser()] });
					return;
				}
				renderer = new DiagramRenderer(chromium, options.cacheDir, plan.today);
				// Drawn from now on, while Astro syncs the content on one core and Vite bundles; a
				// failure is reported below, from the page that has it.
				prefetch(renderer, plan).catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!renderer) return;
				const drawer = renderer;
				const outDir = fileURLToPath(dir);
				try {
					const files = (await readdir(outDir, { recursive: true })).filter(
						(file) => file.endsWith('.html') && !file.startsWith('pagefind'),
					);
					for (const file of files) {
						const path = join(outDir, file);
						const html = await readFile(path, 'utf8');
						const blocks = diagramBlocks(html);
						if (!blocks.length) continue;
						const figures: string[] = [];
						for (const block of blocks) {
							try {
								figures.push(diagramFigure(await drawer.draw(block.source), diagramLabel(block.source, block.label)));
							} catch (error) {
								if (error instanceof ChromiumStartError) {
									writeDiagramProblem(options.stage, {
										kind: 'chromium',
										chromium: error.chromium,
										detail: error.reason,
									});
									throw error;
								}
								if (!(error instanceof DiagramSyntaxError)) throw error;
								const route = `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`;
								const problem = locate(plan, baseWithSlash(plan.site.base) + route.slice(1), block.source, error);
								writeDiagramProblem(options.stage, problem);
								throw new Error(`A diagram of ${problem.file} does not parse: ${problem.detail}`);
							}
						}
						await writeFile(path, withDiagrams(html, blocks, figures));
					}
					const { drawn, cached } = drawer.counts;
					if (drawn + cached) logger.info(`Diagrams: ${drawn} drawn, ${cached} from the cache`);
				} finally {
					await drawer.close();
					drawer.prune();
				}
			},
		},
	};
}
