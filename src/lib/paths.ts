// Where things are in a Cairn project, and how a document's file name becomes its URL.
import { slug as githubSlug } from 'github-slugger';
import { isAbsolute, relative } from 'node:path';
import type { Audience } from '../core/audiences.ts';

/** Documents are the MD and MDX files of a client folder; names starting with `_` are ignored. */
export const DOCUMENT_PATTERN = '**/[^_]*.{md,mdx}';

/** The folder holding one folder per client. */
export const CONTENT_DIR = 'content';

/** The file that describes a client, inside its folder. */
export const CLIENT_FILE = 'client.yaml';

/**
 * The id (and URL path) of a document from its path inside the client folder, as Astro's glob
 * loader makes it: each segment slugged, the extension and a trailing `index` dropped.
 * @example documentId('adr/0003-Use a queue.mdx') === 'adr/0003-use-a-queue'
 */
export function documentId(relativePath: string): string {
	const withoutExtension = relativePath.replace(/\.mdx?$/, '');
	const id = withoutExtension
		.split('/')
		.map((segment) => githubSlug(segment))
		.join('/');
	return id === 'index' ? 'index' : id.replace(/\/index$/, '');
}

/** A site's base path as URLs are built from it, always ending with `/`: `/handover` → `/handover/`. */
export function baseWithSlash(base: string): string {
	return base.replace(/\/?$/, '/');
}

/** The URL path of a document's page under the base: `/base/adr/x/`, or `/base/` for the home page. */
export function pageUrl(base: string, id: string): string {
	return id === 'index' ? base : `${base}${id}/`;
}

/** The output folder of a client's site for an audience, relative to the project root. */
export function siteOutputDir(client: string, audience: Audience): string {
	return `dist/${client}/${audience}`;
}

/**
 * Whether `path` lies inside `folder` (or is it), both absolute. Paths are compared as written:
 * resolve links first (realpath) to know where a file really is.
 */
export function isInsideFolder(folder: string, path: string): boolean {
	const rest = relative(folder, path);
	return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

/**
 * What is at a path inside a client folder, after following links: a file of the client, nothing,
 * or something outside the client folder (which a site must never publish).
 */
export type FileState = 'file' | 'missing' | 'outside';
