// Starlight's own page fields (head, hero, banner, sidebar, editUrl, prev, next) narrowed to
// what is safe to publish. Starlight writes `head` entries, the hero's text and the banner as
// HTML, and puts `sidebar.attrs` on a link as attributes: from frontmatter, each could run a
// script in every reader's browser. Cairn's documents refuse them with a located error; links
// take only web addresses or paths of the site.
import { z } from 'zod';
import { addRule } from './rules.ts';

/** A Starlight field a Cairn document may not set, with why and what to do instead. */
function refused(reason: string, instead: string) {
	return z
		.unknown()
		.superRefine((value, ctx) => {
			if (value !== undefined) addRule(ctx, 'UnsafeField', { reason, instead }, { path: [] });
		})
		.optional();
}

/** A link of the site (`/adr/`, `../runbooks/`) or an `http:`/`https:` address; never `javascript:`. */
export const siteLink = z
	.string()
	.refine((value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https?:\/\//i.test(value), {
		error: 'expected a path of the site such as /adr/ or an address starting with https://',
	});

const prevNext = z
	.union([
		z.boolean(),
		z.string(),
		z.strictObject({
			link: siteLink
				.optional()
				.describe('The page to link to: a path of the site such as /adr/, or an https:// address.'),
			label: z.string().optional().describe('The text of the link.'),
		}),
	])
	.optional();

export const starlightFields = {
	head: z
		.array(z.unknown())
		.superRefine((value, ctx) => {
			if (value.length) {
				addRule(
					ctx,
					'UnsafeField',
					{ reason: 'extra tags in the page head can run scripts', instead: 'remove it' },
					{ path: [] },
				);
			}
		})
		.default([])
		.describe('Not available in Cairn: extra `<head>` tags could run scripts on the page.'),
	hero: refused('Starlight writes its text as HTML', 'remove it and start the page with its own words').describe(
		"Not available in Cairn: Starlight writes the hero's text as HTML.",
	),
	banner: refused(
		'Starlight writes its text as HTML',
		'remove it and start the body with an aside (:::caution … :::) instead',
	).describe('Not available in Cairn: Starlight writes the banner as HTML.'),
	editUrl: z
		.union([z.httpUrl({ error: 'expected an address starting with https://' }), z.boolean()])
		.optional()
		.default(true)
		.describe('Where readers can edit the page: `false`, or an `https://` address.'),
	prev: prevNext.describe('The previous page link: `false`, a label, or `{ link, label }` with a path of the site.'),
	next: prevNext.describe('The next page link: `false`, a label, or `{ link, label }` with a path of the site.'),
	sidebar: z
		.strictObject({
			attrs: refused('attributes on the sidebar link can run scripts', 'remove it').describe(
				'Not available in Cairn: attributes on the sidebar link can run scripts.',
			),
		})
		.prefault({})
		.describe('How the page is listed in the sidebar: `label`, `order`, `hidden` and `badge`.'),
};
