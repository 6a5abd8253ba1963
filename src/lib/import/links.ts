// Links in an imported body: a relative link to another imported ADR becomes its site link, a
// local image is copied next to the new file, anything else stays and is reported when it will
// not work on the site.
import type { Definition, Image, Link, Root } from 'mdast';
import { posix } from 'node:path';
import type { Edit } from './edits.ts';
import { destinationRange, formatDestination } from './link-syntax.ts';
import { span, walk } from './markdown.ts';
import { note, type Note } from './notes.ts';

export interface LinkTargets {
	/** The site link of an imported ADR by its absolute source path, e.g. `/adr/0005-help-comments/`. */
	siteLink: (absolutePath: string) => string | undefined;
	/** Why a file of the import's folders was skipped, by its absolute path. */
	skipped: (absolutePath: string) => string | undefined;
	/** The id of an imported ADR by its source file name, to recognise absolute links to a copy of it. */
	idByFileName: (fileName: string) => string | undefined;
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

interface SplitUrl {
	path: string;
	/** `?query#hash` as written, possibly empty. */
	suffix: string;
}

function splitUrl(url: string): SplitUrl {
	const cut = url.search(/[?#]/);
	const path = cut === -1 ? url : url.slice(0, cut);
	let decoded = path;
	try {
		decoded = decodeURI(path);
	} catch {
		// A malformed escape: use the path as written.
	}
	return { path: decoded, suffix: cut === -1 ? '' : url.slice(cut) };
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
		if (isAbsoluteUrl(url)) {
			const id = /^https?:/i.test(url) ? targets.idByFileName(posix.basename(splitUrl(url).path)) : undefined;
			if (id) result.notes.push(note('AbsoluteAdrLink', { url, id }));
			return;
		}
		if (url === '' || url.startsWith('#') || url.startsWith('/')) return;
		const { path, suffix } = splitUrl(url);
		const target = posix.resolve(posix.dirname(sourcePath), path);
		if (node.type === 'image') {
			copyImage(node, path, suffix, target);
			return;
		}
		const site = targets.siteLink(target);
		if (site && replaceDestination(node, site + suffix.replace(/^\?[^#]*/, ''))) {
			rewritten++;
			return;
		}
		const skipped = targets.skipped(target);
		keep(url, skipped ? `it is ${skipped}, so it was not imported` : 'it is not one of the imported ADRs');
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
