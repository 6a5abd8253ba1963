import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditSite, isScriptUrl } from '../../src/lib/hosting/audit.ts';
import { headersFile, scriptHash } from '../../src/lib/hosting/headers.ts';
import { inlineScriptsOfComponent, knownInlineScripts } from '../../src/lib/hosting/known-scripts-fs.ts';
import { engineRoot } from '../helpers/paths.ts';

const known = new Map([[scriptHash('console.log(1)'), 'src/components/X.astro']]);
const page = (html: string) => ({ path: 'adr/x/index.html', text: `<html><body>${html}</body></html>` });

describe('the script hashes of the Content Security Policy', () => {
	it('come from the source of the components: Starlight’s theme, search and sidebar scripts', async () => {
		const hashes = await knownInlineScripts(engineRoot);
		const starlight = join(engineRoot, 'node_modules/@astrojs/starlight/dist/components/ThemeProvider.astro');
		const [theme] = inlineScriptsOfComponent(readFileSync(starlight, 'utf8'));
		expect(theme).toContain('StarlightThemeProvider');
		expect(hashes.get(scriptHash(theme ?? ''))).toBe('@astrojs/starlight/dist/components/ThemeProvider.astro');
		expect([...hashes.values()]).toEqual(
			expect.arrayContaining([
				'@astrojs/starlight/dist/components/Search.astro',
				'@astrojs/starlight/dist/components/SidebarPersister.astro',
			]),
		);
	});

	it('skip scripts that are bundled, or whose text depends on props (define:vars)', () => {
		const source = `---\nconst x = 1;\n---\n<script>bundled()</script>\n<script is:inline define:vars={{ x }}>varies(x)</script>\n<script is:inline>\n\tfixed();\n</script>\n`;
		expect(inlineScriptsOfComponent(source)).toEqual(['\n\tfixed();\n']);
	});
});

describe('the audit of a built site', () => {
	it('lists the known scripts a site uses, once each', () => {
		const result = auditSite(
			[
				page('<script>console.log(1)</script><script src="/_astro/a.js"></script>'),
				page('<script>console.log(1)</script>'),
			],
			known,
		);
		expect(result).toEqual({ findings: [], scriptHashes: [scriptHash('console.log(1)')] });
	});

	it('finds every way a page could run what Cairn did not write', () => {
		const { findings } = auditSite(
			[
				page('<script>alert(1)</script><SCRIPT type="module">alert(2)</SCRIPT>'),
				page('<script type="application/ld+json">{"a":1}</script><script src="https://evil.example/x.js"></script>'),
				page('<img src=x onerror="alert(3)"><a href=" jav&#x09;ascript:alert(4)">x</a><a href="/adr/">fine</a>'),
				page(
					'<iframe srcdoc="<script>alert(5)</script>"></iframe><object data="x.swf"></object><base href="https://evil.example/">',
				),
				page(
					'<meta http-equiv="Refresh" content="0; url=https://evil.example/"><form action="javascript:alert(6)"></form>',
				),
				{ path: 'assets/logo.svg', text: '<svg><script>alert(7)</script><a xlink:href="javascript:alert(8)"/></svg>' },
			],
			known,
		);
		expect(findings.map((f) => `${f.path}: ${f.what}: ${f.excerpt}`)).toMatchInlineSnapshot(`
			[
			  "adr/x/index.html: an inline script that Cairn does not write: <script>alert(1)",
			  "adr/x/index.html: an inline script that Cairn does not write: <script>alert(2)",
			  "adr/x/index.html: a script from another site: <script src="https://evil.example/x.js">",
			  "adr/x/index.html: an event handler attribute: <img onerror="alert(3)">",
			  "adr/x/index.html: an address that runs a script: <a href=" jav ascript:alert(4)">",
			  "adr/x/index.html: an element that loads other content into the page: <iframe>",
			  "adr/x/index.html: an element that loads other content into the page: <object>",
			  "adr/x/index.html: an element that loads other content into the page: <base>",
			  "adr/x/index.html: a <meta http-equiv="refresh"> redirect: <meta http-equiv="refresh">",
			  "adr/x/index.html: an address that runs a script: <form action="javascript:alert(6)">",
			  "assets/logo.svg: an inline script that Cairn does not write: <script>alert(7)",
			  "assets/logo.svg: an address that runs a script: <a xlink:href="javascript:alert(8)">",
			]
		`);
	});

	it('recognises addresses that run code however they are spelt', () => {
		for (const url of [
			'javascript:alert(1)',
			'JavaScript:alert(1)',
			'  javascript:x',
			'java\tscript:x',
			'data:text/html,<script>',
			'vbscript:x',
		]) {
			expect(isScriptUrl(url), url).toBe(true);
		}
		for (const url of [
			'https://example.com/javascript:x',
			'/adr/',
			'mailto:a@b.c',
			'data:image/png;base64,AAAA',
			'#top',
		]) {
			expect(isScriptUrl(url), url).toBe(false);
		}
	});
});

describe('host files', () => {
	it('ask private sites not to be indexed, and allow only the site’s own code', () => {
		const investor = headersFile('investor', ["'sha256-abc='"]);
		expect(investor).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='");
		expect(investor).toContain('X-Robots-Tag: noindex, nofollow');
		expect(headersFile('team', [])).not.toContain('X-Robots-Tag');
	});
});
