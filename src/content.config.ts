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

/**
 * Starlight's schema is a function of each entry's context, for the `image()` of a hero, so Astro
 * builds it again for every document: a second of a 1,000-document build. Cairn refuses heroes
 * and has no other image field, so the schema built for the first document serves them all.
 */
let schema: ReturnType<typeof frontmatterSchemaFor> | undefined;
const frontmatter = (context: Parameters<typeof frontmatterSchemaFor>[0]) => (schema ??= frontmatterSchemaFor(context));
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
		schema: frontmatter,
	}),
	// Starlight's UI strings for the site's language. "Overview" would be listed twice in a
	// runbook's table of contents, whose first section is its own Overview.
	i18n: defineCollection({ loader: () => [{ id: 'en', 'tableOfContents.overview': 'Top' }], schema: i18nSchema() }),
};
