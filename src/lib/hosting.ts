// Files for the static host: `_headers` (read by Cloudflare Pages and Netlify) with a Content
// Security Policy that allows exactly the site's own inline scripts, and, for sites that must not
// be found (investor, internal), robots.txt and X-Robots-Tag.
import { createHash } from 'node:crypto';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { isPrivate } from './audience.ts';
import type { Audience } from './paths.ts';

/** The sha-256 sources of the inline scripts of some HTML pages, for `script-src`. */
export function inlineScriptHashes(pages: Iterable<string>): string[] {
	const hashes = new Set<string>();
	for (const html of pages) {
		// ultrahtml types its parser's result as any; it is the document node.
		const document = parse(html) as Node;
		walkSync(document, (node: Node) => {
			if (node.type !== ELEMENT_NODE || node.name !== 'script' || 'src' in node.attributes) return;
			const type = node.attributes.type ?? '';
			if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) return;
			const code = node.children.map((child: Node) => ('value' in child ? String(child.value) : '')).join('');
			if (code.trim()) hashes.add(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
		});
	}
	return [...hashes].sort();
}

/**
 * The Content Security Policy: everything from the site itself; inline scripts only by hash;
 * WebAssembly for the search index; inline styles, which Starlight and Mermaid's diagrams use.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self' data:",
		"connect-src 'self'",
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	].join('; ');
}

export function headersFile(audience: Audience, scriptHashes: readonly string[]): string {
	const headers = [
		`Content-Security-Policy: ${contentSecurityPolicy(scriptHashes)}`,
		'Referrer-Policy: no-referrer',
		'X-Content-Type-Options: nosniff',
		'X-Frame-Options: DENY',
		...(isPrivate(audience) ? ['X-Robots-Tag: noindex, nofollow'] : []),
	];
	return `/*\n${headers.map((header) => `  ${header}`).join('\n')}\n`;
}

export const ROBOTS_DISALLOW_ALL = 'User-agent: *\nDisallow: /\n';
