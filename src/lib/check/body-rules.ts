// Each body must compile as Astro will compile it, and its links must lead somewhere: to a page
// of this site (under its base path), a file served as is, or, for images, a file that exists.
import { posix } from 'node:path';
import type { BodyLink } from '../body-scan.ts';
import { headerAnchors } from '../header-anchors.ts';
import { decodePath, EXTERNAL_OR_ANCHOR, linkedPath } from '../links.ts';
import { pageUrl } from '../paths.ts';
import { problem, type Problem } from '../problems/problem.ts';
import { suggest } from '../../core/suggest.ts';
import type { LoadedDocument } from '../project.ts';
import type { CheckContext } from './context.ts';

/** The anchors a document's page has: its headings and ids, the rows its kind's header writes, the top. */
function pageAnchors(document: LoadedDocument, context: CheckContext): Set<string> {
	// Browsers scroll `#top` to the top of any page; Starlight's title is `#_top`.
	const anchors = new Set(['top', '_top', ...context.scan(document).anchors]);
	if (document.data) for (const anchor of headerAnchors(document.data)) anchors.add(anchor);
	return anchors;
}

/** A `#fragment` that names no anchor of the document page it leads to. */
function anchorProblems(
	target: string,
	linked: LoadedDocument | undefined,
	context: CheckContext,
	where: { file: string; line: number; column: number },
): Problem[] {
	const hash = target.indexOf('#');
	if (hash === -1 || !linked?.yaml) return [];
	const fragment = decodePath(target.slice(hash + 1));
	if (!fragment) return [];
	const anchors = pageAnchors(linked, context);
	if (anchors.has(fragment)) return [];
	const suggestion = suggest(fragment, anchors);
	const page = pageUrl(context.base, linked.id);
	return [problem('BrokenAnchor', { target, page, ...(suggestion ? { suggestion } : {}) }, where)];
}

function linkProblems(
	document: LoadedDocument,
	link: BodyLink,
	context: CheckContext,
	pages: ReadonlyMap<string, LoadedDocument | undefined>,
): Problem[] {
	const where = { file: document.file, line: link.line, column: link.column };
	const target = link.url;
	if (target.startsWith('#')) return anchorProblems(target, document, context, where);
	if (!target || EXTERNAL_OR_ANCHOR.test(target)) return [];
	const path = target.replace(/[?#].*$/, '');
	if (!path) return [];

	if (link.kind === 'image' && !path.startsWith('/')) {
		const file = posix.normalize(posix.join(posix.dirname(document.path), decodePath(path)));
		const state = file.startsWith('../') ? 'outside' : context.fileAt(file);
		if (state === 'outside') return [problem('FileOutsideClient', { target, what: 'the image' }, where)];
		return state === 'file' ? [] : [problem('MissingImage', { target }, where)];
	}

	const from = pageUrl(context.base, document.id);
	const resolved = linkedPath(target, from, context.base) ?? '';
	if (/\.mdx?$/.test(resolved)) {
		// A link written as a file path: it works on GitHub, not in the built site.
		const file = posix.normalize(posix.join(posix.dirname(document.path), decodePath(path)));
		const linked = context.loaded.find((d) => d.path === file);
		return [
			problem('LinkToSourceFile', { target, ...(linked ? { page: pageUrl(context.base, linked.id) } : {}) }, where),
		];
	}
	const rest = resolved.slice(context.base.length);
	if (context.publicFiles.has(rest)) return [];
	const page = resolved.endsWith('/') ? resolved : `${resolved}/`;
	if (pages.has(page)) return anchorProblems(target, pages.get(page), context, where);
	if (pages.has(resolved)) return [];
	const suggestion = suggest(page, pages.keys());
	return [problem('BrokenLink', { target, ...(suggestion ? { suggestion } : {}) }, where)];
}

/**
 * In an imported ADR, a link to a file the import could not match to a page is the source
 * repository's, left as written (the import reported it): a warning to resolve, not an error that
 * would fail the first check after an import.
 */
function importedLink(found: Problem, target: string): Problem {
	if (found.code !== 'BrokenLink' && found.code !== 'LinkToSourceFile') return found;
	return problem('ImportedLinkUnresolved', { target }, { file: found.file, line: found.line, column: found.column });
}

export function bodyRules(context: CheckContext): Problem[] {
	// Every page of the site, with the document it is built from (none for the generated views).
	const pages = new Map<string, LoadedDocument | undefined>([
		...[...context.viewIds].map((id) => [pageUrl(context.base, id), undefined] as const),
		...context.loaded.map((d) => [pageUrl(context.base, d.id), d] as const),
	]);
	// Files without frontmatter have no body to speak of; their problem is reported already.
	return context.loaded
		.filter((d) => d.yaml)
		.flatMap((document) => {
			const scan = context.scan(document);
			if (scan.error) {
				const { message, line, column } = scan.error;
				return [problem('MdxSyntax', { detail: message }, { file: document.file, line, column })];
			}
			const imported = document.data?.kind === 'adr' && document.data.importedFrom !== undefined;
			return scan.links.flatMap((link) => {
				const found = linkProblems(document, link, context, pages);
				return imported ? found.map((p) => importedLink(p, link.url)) : found;
			});
		});
}
