// The Astro configuration of one client's site: Starlight branded with the client's name, logo
// and accent, the generated views as routes, a sidebar built from the documents' frontmatter,
// and mermaid diagrams.
import starlight from '@astrojs/starlight';
import mermaid from 'astro-mermaid';
import { defineConfig } from 'astro/config';
import { join } from 'node:path';
import { accentCss } from '../lib/accent.ts';
import { UserError } from '../lib/errors.ts';
import { formatProblems } from '../lib/problems/report-text.ts';
import { loadClient } from '../lib/project-fs.ts';
import { buildSidebar } from '../lib/sidebar.ts';
import { todayFrom } from '../lib/today.ts';
import { availableViews } from '../lib/views/registry.ts';
import { changeDates } from '../lib/git-dates-fs.ts';
import { siteModule } from './site-module.ts';
import { resolveBuildTarget } from './build-target.ts';

/** Warnings every build prints that say nothing about the user's content. */
const NOISE = new Set(['MODULE_LEVEL_DIRECTIVE']);

export async function cairnAstroConfig(engineRoot: string) {
	const target = resolveBuildTarget(process.env, engineRoot);
	const project = await loadClient(target.projectRoot, target.client);
	const errors = project.problems.filter((p) => p.severity === 'error');
	if (errors.length || !project.config) {
		throw new UserError(`The content of ${target.client} has errors:\n${formatProblems(errors)}`, 1);
	}
	const client = project.config;
	const documents = project.documents.flatMap((d) => (d.data ? [{ id: d.id, data: d.data }] : []));
	const views = availableViews(documents);
	const today = todayFrom(process.env, new Date());
	const changed = changeDates(
		project.dir,
		project.documents.map((d) => d.path),
	);
	const site = siteModule({
		client,
		views: views.map(({ id, title, summary }) => ({ id, title, summary })),
		today,
		changes: {
			...changed,
			dates: Object.fromEntries(project.documents.map((d) => [d.id, changed.dates[d.path] ?? today])),
		},
	});

	return defineConfig({
		...(client.site.url ? { site: client.site.url } : {}),
		base: client.site.base,
		srcDir: join(engineRoot, 'src'),
		publicDir: join(engineRoot, 'public'),
		outDir: target.outDir,

		integrations: [
			// astro-mermaid must come before Starlight to see the diagrams first.
			mermaid({
				autoTheme: true,
				enableLog: false,
				// Roadmap timelines: bars tall enough to read their labels at page width.
				mermaidConfig: {
					gantt: { useWidth: 720, barHeight: 24, barGap: 6, fontSize: 13, sectionFontSize: 13, leftPadding: 110 },
				},
			}),
			{
				name: 'cairn-views',
				hooks: {
					'astro:config:setup': ({ injectRoute }) => {
						for (const view of views) {
							injectRoute({ pattern: `/${view.id}`, entrypoint: join(engineRoot, 'src/views', view.component) });
						}
					},
				},
			},
			starlight({
				title: client.name,
				...(client.logo ? { logo: { src: join(project.dir, client.logo), alt: '' } } : {}),
				favicon: '/favicon.svg',
				head: [{ tag: 'style', content: accentCss(client.accent) }],
				customCss: [join(engineRoot, 'src/styles/cairn.css')],
				sidebar: buildSidebar(documents, {
					views,
					today,
					// scripts/bench/site-size.ts measures the site with every document in the sidebar too.
					...(process.env.CAIRN_SIDEBAR === 'all' ? { documentsPerKind: Infinity } : {}),
				}),
				components: {
					PageTitle: join(engineRoot, 'src/components/PageTitle.astro'),
					MarkdownContent: join(engineRoot, 'src/components/MarkdownContent.astro'),
				},
				markdown: { processedDirs: [project.dir] },
				pagination: false,
			}),
		],
		vite: {
			plugins: [site],
			server: { fs: { allow: [engineRoot, target.projectRoot] } },
			build: {
				// Mermaid is one large chunk by design, loaded only on pages with a diagram.
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
