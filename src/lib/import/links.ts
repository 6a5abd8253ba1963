// Links in an imported body: a link to another imported ADR, in any form (relative, from the
// repository's root, or its address on a code host), becomes its site link; a local image is
// copied next to the new file; anything else stays as written and is reported when it will not
// work on the site.
import type { Definition, Image, Link, Root } from 'mdast';
import { posix } from 'node:path';
import type { Edit } from './edits.ts';
import { destinationRange, formatDestination } from './link-syntax.ts';
import { span, walk } from './markdown.ts';
import { note, type Note } from './notes.ts';
import { splitUrl } from './record-match.ts';

export interface LinkTargets {
	/** The site link of an imported ADR by its absolute source path, e.g. `/adr/0005-help-comments/`. */
	siteLink: (absolutePath: string) => string | undefined;
	/** Why a file of the import's folders was skipped, by its absolute path. */
	skipped: (absolutePath: string) => string | undefined;
	/** The imported ADR a link written in the file at `from` points to, by absolute source path. */
	record: (url: string, from: string) => string | undefined;
	/** The anchors the page of an imported ADR will have: its headings' slugs. */
	anchors: (absolutePath: string) => ReadonlySet<string>;
	exists: (absolutePath: string) => boolean;
}

export interface ImageCopy {
	/** Absolute source path. */
	from: string;
	/** Path relative to the new file's folder. */
	to: string;
}

export interface LinkResult {
	edits: Edit[];
	notes: Note[];
	images: ImageCopy[];
}

function isAbsoluteUrl(url: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/**
 * `sourcePath` is the absolute path of the file; `isRemoved` says whether an offset lies in text
 * the import drops, whose links do not matter.
 */
export function rewriteLinks(
	body: string,
	tree: Root,
	sourcePath: string,
	targets: LinkTargets,
	isRemoved: (offset: number) => boolean,
): LinkResult {
	const result: LinkResult = { edits: [], notes: [], images: [] };
	const keptUrls = new Set<string>();
	let rewritten = 0;
	const keep = (url: string, why: string) => {
		if (keptUrls.has(url)) return;
		keptUrls.add(url);
		result.notes.push(note('LinkKept', { url, why }));
	};
	const replaceDestination = (node: Link | Image | Definition, url: string) => {
		const range = destinationRange(body, node);
		if (range) result.edits.push({ ...range, text: formatDestination(url) });
		return range !== undefined;
	};

	walk(tree, (node) => {
		if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return true;
		if (isRemoved(span(node).start)) return false;
		visit(node);
		return true;
	});

	function visit(node: Link | Image | Definition) {
		const url = node.url;
		if (url === '' || url.startsWith('#')) return;
		if (node.type !== 'image' && linkRecord(node)) return;
		if (isAbsoluteUrl(url)) return;
		const { path, suffix } = splitUrl(url);
		if (url.startsWith('/')) {
			if (/\.(?:md|mdx|markdown)$/i.test(path)) keep(url, 'it is not one of the imported ADRs');
			return;
		}
		const target = posix.resolve(posix.dirname(sourcePath), path);
		if (node.type === 'image') {
			copyImage(node, path, suffix, target);
			return;
		}
		const skipped = targets.skipped(target);
		keep(url, skipped ? `it is ${skipped}, so it was not imported` : 'it is not one of the imported ADRs');
	}

	/** Points a link to an imported ADR at its page, keeping a `#fragment` the page will have. */
	function linkRecord(node: Link | Definition): boolean {
		const record = targets.record(node.url, sourcePath);
		const site = record === undefined ? undefined : targets.siteLink(record);
		if (record === undefined || site === undefined) return false;
		const hash = node.url.indexOf('#');
		const fragment = hash === -1 ? '' : node.url.slice(hash + 1);
		const kept = fragment && targets.anchors(record).has(fragment.toLowerCase()) ? `#${fragment.toLowerCase()}` : '';
		if (!replaceDestination(node, site + kept)) return false;
		if (fragment && !kept) result.notes.push(note('LinkAnchorDropped', { url: node.url }));
		rewritten++;
		return true;
	}

	function copyImage(node: Image, path: string, suffix: string, target: string) {
		if (!targets.exists(target)) {
			// Astro fails the build on a local image it cannot find; a plain link only dangles.
			result.edits.push({ start: span(node).start, end: span(node).start + 1, text: '' });
			result.notes.push(note('ImageMissing', { url: node.url }));
			return;
		}
		const inside = posix.normalize(path);
		if (!inside.startsWith('../') && !posix.isAbsolute(inside)) {
			result.images.push({ from: target, to: inside });
			return;
		}
		const to = posix.basename(target);
		if (replaceDestination(node, to + suffix)) {
			result.images.push({ from: target, to });
			result.notes.push(note('ImageRenamed', { url: node.url, to }));
		}
	}

	if (rewritten) result.notes.unshift(note('LinksRewritten', { count: rewritten }));
	if (result.images.length) {
		result.notes.push(note('ImagesCopied', { files: [...new Set(result.images.map((image) => image.to))] }));
	}
	return result;
}
