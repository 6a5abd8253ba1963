// A site built for one audience leaves other documents out. A link in an included document to
// one of them would lead nowhere and name what it leads to: this Markdown plugin keeps the link's
// words and drops the link.
import { posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { linkedPage } from '../lib/links.ts';
import { documentId, pageUrl } from '../lib/paths.ts';

export interface ExcludedLinks {
	/** The client folder, to tell each Markdown file's page. */
	clientDir: string;
	/** The site's base path, with both slashes. */
	base: string;
	/** Page URLs (under the base) of the documents left out. */
	pages: ReadonlySet<string>;
}

export function excludedLinksPlugin(options: ExcludedLinks) {
	return defineMdastPlugin({
		name: 'cairn-excluded-links',
		link(node, ctx) {
			if (!ctx.fileURL || options.pages.size === 0) return;
			const file = posix.normalize(relative(options.clientDir, fileURLToPath(ctx.fileURL)).split('\\').join('/'));
			const target = linkedPage(node.url, pageUrl(options.base, documentId(file)));
			if (target && options.pages.has(target)) ctx.replaceNode(node, node.children);
		},
	});
}
