// What `cairn verify` asks of a built site, on its files held in memory: a page for every document
// built into it, a search index, internal links that all lead to a file of the site, and, for the
// investor site, nothing of a document meant for another audience. Pure: verify-fs.ts reads the files.
import { Parser } from 'htmlparser2';
import type { LoadedDocument } from '../project.ts';
import { pageUrl } from '../paths.ts';

export interface BuiltFile {
	/** Path inside the site, with `/` separators, e.g. `adr/0003-queue/index.html`. */
	path: string;
	/** Text, with Pagefind's compressed files decompressed. */
	text: string;
}

export interface SiteVerdict {
	/** One line per finding; empty when the site passes. */
	failures: string[];
	pages: number;
	links: number;
}

/** The file a site path is served from, or `undefined` when the site has none. */
function servedFile(path: string, files: ReadonlySet<string>): string | undefined {
	const clean = path.replace(/^\/+/, '');
	const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
	return candidates.find((candidate) => files.has(candidate));
}

/** The same-site addresses the pages link to (`href` of `<a>` and `<link>`, `src` of images and scripts). */
function internalLinks(html: string): string[] {
	const links: string[] = [];
	const parser = new Parser({
		onopentag(name, attributes) {
			const url =
				name === 'a' || name === 'link'
					? attributes.href
					: name === 'img' || name === 'script'
						? attributes.src
						: undefined;
			if (url && !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) links.push(url);
		},
	});
	parser.end(html);
	return links;
}

export interface SiteToVerify {
	/** The site's base path, with both slashes. */
	base: string;
	files: readonly BuiltFile[];
	/** The documents built into it. */
	included: readonly LoadedDocument[];
	/** For the investor site: the documents left out, whose titles must not appear in it. */
	excluded?: readonly LoadedDocument[];
}

export function verifySite(site: SiteToVerify): SiteVerdict {
	const failures: string[] = [];
	const paths = new Set(site.files.map((file) => file.path));
	const fromBase = (url: string) => (url.startsWith(site.base) ? `/${url.slice(site.base.length)}` : undefined);
	for (const document of site.included) {
		const page = fromBase(pageUrl(site.base, document.id)) ?? '/';
		if (!servedFile(page, paths)) failures.push(`${document.file} has no page at ${pageUrl(site.base, document.id)}`);
	}
	if (!paths.has('pagefind/pagefind-entry.json')) failures.push('the search index (pagefind/) is missing');
	let links = 0;
	const pages = site.files.filter((file) => file.path.endsWith('.html'));
	for (const page of pages) {
		const at = `/${page.path.replace(/index\.html$/, '')}`;
		for (const link of internalLinks(page.text)) {
			const path = new URL(link.replace(/[?#].*$/, '') || at, `http://site${site.base}${at.slice(1)}`).pathname;
			const inSite = fromBase(decodeURI(path));
			links++;
			if (inSite === undefined || !servedFile(inSite, paths)) {
				failures.push(`${page.path} links to ${link}, which is not a file of the site`);
			}
		}
	}
	for (const document of site.excluded ?? []) {
		const title = document.data?.title ?? '';
		// A short or shared title ("Overview") says nothing; a distinctive one must not appear.
		if (title.length < 12 || site.included.some((d) => d.text.includes(title))) continue;
		const holders = site.files.filter((file) => file.text.includes(title)).map((file) => file.path);
		if (holders.length)
			failures.push(`"${title}" (${document.file}, not for this site) appears in ${holders.join(', ')}`);
	}
	return { failures, pages: pages.length, links };
}
