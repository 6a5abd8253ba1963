// Files for the static host: `_headers` (read by Cloudflare Pages and Netlify) with a Content
// Security Policy that allows only the inline scripts Cairn's and Starlight's components write
// (see known-scripts-fs.ts), and, for sites that must not be found (investor, internal),
// robots.txt and X-Robots-Tag.
import { createHash } from 'node:crypto';
import { isPrivate } from '../audience.ts';
import type { Audience } from '../../core/audiences.ts';

/** The CSP source of an inline script: `'sha256-…'` of its exact text. */
export function scriptHash(code: string): string {
	return `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
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
