// What a compiled document is kept under between builds: its fingerprint changes with anything
// besides the document that changes how it compiles, so no build reuses a stale compilation.
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compiledFile, compileFingerprint } from '../../src/lib/build/compile-cache-fs.ts';
import { pruneUnused, readCached, writeCached } from '../../src/lib/cache-fs.ts';

let engine: string;

beforeEach(async () => {
	engine = await mkdtemp(join(tmpdir(), 'cairn-engine-'));
	await mkdir(join(engine, 'src', 'schemas'), { recursive: true });
	await writeFile(join(engine, 'src', 'schemas', 'adr.ts'), 'export const statuses = ["proposed", "accepted"];\n');
	await writeFile(join(engine, 'package.json'), '{"name":"cairn","version":"0.1.0"}\n');
	await writeFile(join(engine, 'package-lock.json'), '{"packages":{"node_modules/astro":{"version":"7.3.5"}}}\n');
});

afterEach(async () => {
	await rm(engine, { recursive: true, force: true });
});

describe('the fingerprint of compiled documents', () => {
	const settings = { base: '/', audience: 'team', excluded: [] };

	it('stays the same when nothing changed', () => {
		expect(compileFingerprint(engine, settings)).toBe(compileFingerprint(engine, { ...settings }));
	});

	it("changes with Cairn's code, a new file of it, the installed packages, and the site's settings", async () => {
		const before = compileFingerprint(engine, settings);
		await writeFile(join(engine, 'src', 'schemas', 'adr.ts'), 'export const statuses = ["proposed"];\n');
		const schemaChanged = compileFingerprint(engine, settings);
		expect(schemaChanged).not.toBe(before);
		await writeFile(join(engine, 'src', 'schemas', 'runbook.ts'), 'export {};\n');
		const fileAdded = compileFingerprint(engine, settings);
		expect(fileAdded).not.toBe(schemaChanged);
		await writeFile(join(engine, 'package-lock.json'), '{"packages":{"node_modules/astro":{"version":"7.4.0"}}}\n');
		const upgraded = compileFingerprint(engine, settings);
		expect(upgraded).not.toBe(fileAdded);
		expect(compileFingerprint(engine, { ...settings, base: '/handbook/' })).not.toBe(upgraded);
		expect(compileFingerprint(engine, { ...settings, excluded: ['adr/0002-secret'] })).not.toBe(upgraded);
	});

	it('names a document by its path and its text', () => {
		const file = compiledFile('/cache/site', '/c/adr/1.mdx', 'text');
		expect(compiledFile('/cache/site', '/c/adr/1.mdx', 'text')).toBe(file);
		expect(compiledFile('/cache/site', '/c/adr/1.mdx', 'text.')).not.toBe(file);
		expect(compiledFile('/cache/site', '/c/adr/2.mdx', 'text')).not.toBe(file);
	});
});

describe('a cache on disk', () => {
	it('reads back what it wrote, and nothing for an entry that is not there or not JSON', async () => {
		const file = join(engine, 'cache', 'site', 'a.json');
		await writeCached(file, { code: 'export default 1' });
		expect(readCached(file)).toEqual({ code: 'export default 1' });
		expect(readCached(join(engine, 'cache', 'site', 'b.json'))).toBeUndefined();
		await writeFile(join(engine, 'cache', 'site', 'c.json'), '{"code":');
		expect(readCached(join(engine, 'cache', 'site', 'c.json'))).toBeUndefined();
	});

	it('removes entries unused for 30 days and the folders they leave empty', async () => {
		const cache = join(engine, 'cache');
		const day = 86_400_000;
		const now = Date.now();
		for (const [file, age] of [
			['old-site/a.json', 45],
			['site/b.json', 31],
			['site/c.json', 3],
		] as const) {
			await writeCached(join(cache, file), {});
			const when = new Date(now - age * day);
			await utimes(join(cache, file), when, when);
		}
		expect(pruneUnused(cache, now)).toBe(2);
		expect(await readdir(cache)).toEqual(['site']);
		expect(await readdir(join(cache, 'site'))).toEqual(['c.json']);
	});
});
