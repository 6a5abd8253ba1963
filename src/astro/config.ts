// The Astro configuration of one client's site for one audience: Starlight branded with the
// client's name, logo and accent; only the documents of that audience; the generated views as
// routes; a sidebar built from the frontmatter; mermaid diagrams.
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import mermaid from 'astro-mermaid';
import { defineConfig } from 'astro/config';
import { basename, join } from 'node:path';
import { accentCss } from '../lib/accent.ts';
import { isPrivate } from '../lib/audience.ts';
import { baseWithSlash, pageUrl } from '../lib/paths.ts';
import { buildSidebar } from '../lib/sidebar.ts';
import { availableViews } from '../lib/views/registry.ts';
import { MERMAID_CONFIG } from '../lib/diagrams/markup.ts';
import { installRoot } from '../lib/install.ts';
import { compileFingerprint } from '../lib/build/compile-cache-fs.ts';
import { findChromium } from '../lib/chromium-fs.ts';
import { loadBuildPlan } from './build-plan.ts';
import { diagrams, mermaidFencePlugin } from './diagrams.ts';
import { mdxCache } from './mdx-cache.ts';
import { confineToClient } from './confine.ts';
import { siteLinksPlugin } from './site-links.ts';
import { siteModule } from './site-module.ts';

/** Where drawn diagrams and compiled documents are kept between builds, beside the staging folders. */
const cacheDir = (engineRoot: string, what: 'diagrams' | 'mdx') =>
	join(installRoot(engineRoot), '.cairn', 'cache', what);

/** Warnings every build prints that say nothing about the user's content. */
const NOISE = new Set(['MODULE_LEVEL_DIRECTIVE']);

export async function cairnAstroConfig(engineRoot: string) {
	const plan = await loadBuildPlan(engineRoot);
	const { audience, config: client, site, included, excluded } = plan;
	const base = baseWithSlash(site.base);
	const documents = included.map(({ id, data }) => ({ id, data }));
	const views = availableViews(documents, audience);
	const today = plan.today;
	const siteData = siteModule({
		// Contacts are the team's business, not the investors'.
		client: audience === 'investor' ? { ...client, contacts: [] } : client,
		audience,
		views: views.map(({ id, title, summary }) => ({ id, title, summary })),
		today,
		changes: {
			...plan.changes,
			dates: Object.fromEntries(included.map((d) => [d.id, plan.changes.dates[d.path] ?? today])),
		},
		// Counted by the CLI from every postmortem of the client, whatever its audience: the
		// investor page shows these two numbers, never a postmortem's text.
		incidents: plan.incidents,
		// The CTO's own site lists what to tie up before the handover; no other site has it.
		readiness: plan.readiness,
	});
	const head = [
		{ tag: 'style' as const, content: accentCss(client.accent) },
		...(isPrivate(audience) ? [{ tag: 'meta' as const, attrs: { name: 'robots', content: 'noindex, nofollow' } }] : []),
	];

	return defineConfig({
		...(site.url ? { site: site.url } : {}),
		base: site.base,
		srcDir: join(engineRoot, 'src'),
		publicDir: join(engineRoot, 'public'),
		outDir: plan.outDir,
		markdown: {
			processor: satteri({
				mdastPlugins: [
					mermaidFencePlugin,
					siteLinksPlugin({
						clientDir: plan.clientDir,
						base,
						excluded: new Set(excluded.map((d) => pageUrl(base, d.id))),
					}),
				],
			}),
		},
		integrations: [
			// Before Starlight, so that Pagefind indexes the pages with their diagrams drawn.
			diagrams({
				plan,
				cacheDir: cacheDir(engineRoot, 'diagrams'),
				stage: process.cwd(),
				inBrowser: () => mermaid({ autoTheme: true, enableLog: false, mermaidConfig: MERMAID_CONFIG }),
			}),
			{
				name: 'cairn-views',
				hooks: {
					'astro:config:setup': ({ injectRoute, addMiddleware, command }) => {
						// A page that fails to render is named from this log (src/astro/page-log.ts).
						if (command === 'build')
							addMiddleware({ entrypoint: join(engineRoot, 'src/astro/page-log.ts'), order: 'pre' });
						for (const view of views) {
							const pattern = view.id === 'index' ? '/' : `/${view.id}`;
							injectRoute({ pattern, entrypoint: join(engineRoot, 'src/views', view.component) });
						}
					},
				},
			},
			starlight({
				title: client.name,
				...(client.logo ? { logo: { src: join(plan.clientDir, client.logo), alt: '' } } : {}),
				favicon: '/favicon.svg',
				head,
				customCss: [join(engineRoot, 'src/styles/cairn.css'), join(engineRoot, 'src/styles/print.css')],
				sidebar: buildSidebar(documents, {
					views,
					today,
					// scripts/bench/site-size.ts measures the site with every document in the sidebar too.
					...(process.env.CAIRN_SIDEBAR === 'all' ? { documentsPerKind: Infinity } : {}),
				}),
				components: {
					Head: join(engineRoot, 'src/components/Head.astro'),
					PageTitle: join(engineRoot, 'src/components/PageTitle.astro'),
					MarkdownContent: join(engineRoot, 'src/components/MarkdownContent.astro'),
				},
				markdown: { processedDirs: [plan.clientDir] },
				pagination: false,
			}),
		],
		vite: {
			plugins: [
				mdxCache({
					cacheDir: cacheDir(engineRoot, 'mdx'),
					site: basename(process.cwd()),
					// What of this site reaches compiled Markdown (the plugins above; Starlight's from client.yaml).
					fingerprint: compileFingerprint(engineRoot, {
						base,
						audience,
						excluded: excluded.map((d) => d.id),
						client,
						diagramsInBrowser: !findChromium(),
					}),
				}),
				siteData,
				confineToClient({
					clientDir: plan.clientDir,
					projectRoot: plan.projectRoot,
					engineSrc: join(engineRoot, 'src'),
				}),
			],
			server: { fs: { allow: [engineRoot, plan.projectRoot] } },
			build: {
				// Scripts Astro bundles stay files of the site, never inline: the Content Security Policy
				// then allows inline only the scripts the components write (src/lib/hosting/known-scripts-fs.ts).
				assetsInlineLimit: (file: string) => (/\.[cm]?js$/.test(file) ? false : undefined),
				// Mermaid, when pages draw their diagrams (`cairn dev`, no Chromium), is one large chunk by design.
				chunkSizeWarningLimit: 4096,
				rolldownOptions: {
					onLog(level, log, handler) {
						if (!(log.code && NOISE.has(log.code))) handler(level, log);
					},
				},
			},
		},
	});
}
