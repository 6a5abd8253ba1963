// The full frontmatter schema of a page: Cairn's document union merged into Starlight's own page
// fields (template, sidebar, draft, …), exactly as the content collection declares it.
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import { documentSchema } from './document.ts';

export const frontmatterSchemaFor = docsSchema({ extend: documentSchema });

/**
 * The same schema outside Astro. Image fields (a page hero's image) are paths that Astro
 * resolves at build time; here they are only checked to be text.
 */
export const frontmatterSchema = frontmatterSchemaFor({ image: () => z.string() } as never);

export type Frontmatter = z.output<typeof frontmatterSchema>;
