// The one content collection: the documents of the client and audience being built, validated
// by the same schema `cairn check` uses. Only that client's folder is read, and documents of
// other audiences are left out by the glob itself: Astro never reads them.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { escapePath } from 'tinyglobby';
import { loadBuildPlan } from './astro/build-plan.ts';
import { DOCUMENT_PATTERN, documentId } from './lib/paths.ts';
import { frontmatterSchemaFor } from './schemas/frontmatter.ts';
import { i18nSchema } from '@astrojs/starlight/schema';

const engineRoot = fileURLToPath(new URL('..', import.meta.url));
const { clientDir, excluded } = await loadBuildPlan(engineRoot);

export const collections = {
	docs: defineCollection({
		loader: glob({
			base: clientDir,
			pattern: [DOCUMENT_PATTERN, ...excluded.map((document) => `!${escapePath(document.path)}`)],
			generateId: ({ entry }) => documentId(entry),
		}),
		schema: frontmatterSchemaFor,
	}),
	// Starlight's UI strings for the site's language. "Overview" would be listed twice in a
	// runbook's table of contents, whose first section is its own Overview.
	i18n: defineCollection({ loader: () => [{ id: 'en', 'tableOfContents.overview': 'Top' }], schema: i18nSchema() }),
};
