import { describe, expect, it } from 'vitest';
import { headersFile, inlineScriptHashes } from '../../src/lib/hosting.ts';

describe('host files', () => {
	it('hashes each distinct inline script, not external, JSON or empty ones', () => {
		const pages = [
			'<html><head><script>console.log(1)</script><script src="/a.js"></script></head></html>',
			'<html><body><script type="module">console.log(1)</script><script type="application/ld+json">{}</script><script></script></body></html>',
		];
		// sha256 of "console.log(1)", once.
		expect(inlineScriptHashes(pages)).toEqual(["'sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M='"]);
	});

	it('asks private sites not to be indexed, and allows only the site’s own code', () => {
		const investor = headersFile('investor', ["'sha256-abc='"]);
		expect(investor).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='");
		expect(investor).toContain('X-Robots-Tag: noindex, nofollow');
		expect(headersFile('team', [])).not.toContain('X-Robots-Tag');
	});
});
