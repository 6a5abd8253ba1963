// Where a link in a document leads, resolved as a browser would from the document's page.

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
 * The page URL a link points to, from the page it is on, with a trailing slash; `undefined` for
 * links that leave the site or stay on the page.
 */
export function linkedPage(url: string, fromPage: string): string | undefined {
	if (EXTERNAL_OR_ANCHOR.test(url)) return undefined;
	const path = url.replace(/[?#].*$/, '');
	if (!path) return undefined;
	const resolved = decodePath(new URL(path, `http://site${fromPage}`).pathname);
	return resolved.endsWith('/') ? resolved : `${resolved}/`;
}
