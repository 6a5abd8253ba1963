// Serves a built site on 127.0.0.1 the way a static host does: directory indexes, 404.html, and
// the headers of its `_headers` file (so the Content Security Policy is in force). Used by
// `cairn pdf` and by the browser tests.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain',
};

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

/** The headers `_headers` gives every path (`/*`); other patterns are not needed by Cairn's sites. */
function siteHeaders(dir: string): Record<string, string> {
	const file = join(dir, '_headers');
	if (!existsSync(file)) return {};
	const headers: Record<string, string> = {};
	let applies = false;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		if (!/^\s/.test(line)) applies = line.trim() === '/*';
		else if (applies) {
			const colon = line.indexOf(':');
			headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
		}
	}
	return headers;
}

/** What a host compresses: text, not images already compressed or Pagefind's own compressed files. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

/**
 * Serves `dir`. `headers: false` serves it as a host that ignores `_headers` would (GitHub Pages,
 * a plain file server): without its Content Security Policy. `gzip: true` compresses text as
 * hosts do, for measurements of what a visitor downloads.
 */
export async function serveStatic(
	dir: string,
	options: { headers?: boolean; gzip?: boolean } = {},
): Promise<StaticServer> {
	const headers = options.headers === false ? {} : siteHeaders(dir);
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = normalize(join(dir, path));
		if (!file.startsWith(dir + sep) && file !== dir) file = join(dir, '404.html');
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		if (!found) file = join(dir, '404.html');
		const gzip =
			options.gzip === true &&
			COMPRESSIBLE.has(extname(file)) &&
			/\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
		response.writeHead(found ? 200 : 404, {
			...headers,
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
		});
		const stream = createReadStream(file);
		if (gzip) stream.pipe(createGzip()).pipe(response);
		else stream.pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
