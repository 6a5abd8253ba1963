// Links between documents, as the built site needs them. A link from the site's root
// (`/adr/0004-use-postgres/`) gets the site's base path in front, so documents work under any base
// (see src/lib/links.ts). And a site built for one audience leaves other documents out: a link in an
// included document to one of them would lead nowhere and name what it leads to, so it keeps its
// words and loses its link.
import { posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { linkedPage, withBase } from '../lib/links.ts';
import { documentId, pageUrl } from '../lib/paths.ts';

export interface SiteLinks {
	/** The client folder, to tell each Markdown file's page. */
	clientDir: string;
	/** The site's base path, with both slashes. */
	base: string;
	/** Page URLs (under the base) of the documents left out. */
	excluded: ReadonlySet<string>;
}

export function siteLinksPlugin(options: SiteLinks) {
	return defineMdastPlugin({
		name: 'cairn-site-links',
		link(node, ctx) {
			if (ctx.fileURL && options.excluded.size > 0) {
				const file = posix.normalize(relative(options.clientDir, fileURLToPath(ctx.fileURL)).split('\\').join('/'));
				const target = linkedPage(node.url, pageUrl(options.base, documentId(file)), options.base);
				if (target && options.excluded.has(target)) {
					ctx.replaceNode(node, node.children);
					return;
				}
			}
			const url = withBase(node.url, options.base);
			if (url !== node.url) ctx.setProperty(node, 'url', url);
		},
		definition(node, ctx) {
			const url = withBase(node.url, options.base);
			if (url !== node.url) ctx.setProperty(node, 'url', url);
		},
	});
}
