// Where a link in a document leads, resolved as a browser would from the document's page. A link
// from the site's root (`/adr/0004-use-postgres/`) means that page of this site wherever it is
// served: the build puts the base path in front (`/handover/adr/…/`), so the same documents work
// under any base, and a deployment can choose its own (`cairn build --base`).

/** Links that leave the site (a scheme such as https: or mailto:, or //host), or stay on the page (#). */
export const EXTERNAL_OR_ANCHOR = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

/** `decodeURI` that keeps a malformed escape (`%zz`) as written instead of throwing. */
export function decodePath(path: string): string {
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

/**
 * A link from the site's root with the base path in front, unless it has it already; other links
 * as they are. `base` has both slashes (`/` or `/handover/`).
 */
export function withBase(url: string, base: string): string {
	if (base === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(base)) return url;
	if (`${url}/` === base) return base;
	return `${base}${url.slice(1)}`;
}

/** The path a link leads to, from the page it is on, its base path in place; `undefined` for none. */
export function linkedPath(url: string, fromPage: string, base: string): string | undefined {
	if (EXTERNAL_OR_ANCHOR.test(url)) return undefined;
	const path = withBase(url, base).replace(/[?#].*$/, '');
	if (!path) return undefined;
	return decodePath(new URL(path, `http://site${fromPage}`).pathname);
}

/**
 * The page URL a link points to, from the page it is on, with a trailing slash; `undefined` for
 * links that leave the site or stay on the page.
 */
export function linkedPage(url: string, fromPage: string, base: string): string | undefined {
	const resolved = linkedPath(url, fromPage, base);
	if (resolved === undefined) return undefined;
	return resolved.endsWith('/') ? resolved : `${resolved}/`;
}
