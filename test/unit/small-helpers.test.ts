// Small pure helpers: suggestions, document ids, Node version check, Astro log filtering.
import { describe, expect, it } from 'vitest';
import { isSupportedNode } from '../../scripts/runtime.mjs';
import { astroFailureFilter, withoutCodeLocations, astroWarningFilter } from '../../src/lib/astro-log.ts';
import { fsUserError, isFsError } from '../../src/lib/fs-errors.ts';
import { documentId } from '../../src/lib/paths.ts';
import { suggest } from '../../src/core/suggest.ts';

describe('suggest', () => {
	it('suggests close spellings and status synonyms, not unrelated words', () => {
		expect(suggest('runbok', ['adr', 'runbook'])).toBe('runbook');
		expect(suggest('alpah', ['alpha', 'beta'])).toBe('alpha');
		expect(suggest('Accepted', ['accepted'])).toBe('accepted');
		expect(suggest('aproved', ['proposed', 'accepted'])).toBe('accepted');
		expect(suggest('completed', ['planned', 'done'])).toBe('done');
		expect(suggest('banana', ['adr', 'runbook'])).toBeUndefined();
		expect(suggest('adr', ['adr'])).toBeUndefined();
	});
});

describe('document ids', () => {
	it('slugs each path segment as Astro does and drops index', () => {
		expect(documentId('adr/0003-Use a Queue.mdx')).toBe('adr/0003-use-a-queue');
		expect(documentId('index.mdx')).toBe('index');
		expect(documentId('guides/index.md')).toBe('guides');
	});
});

describe('Node version check', () => {
	it('needs 22.18 or newer, which runs TypeScript without flags', () => {
		expect(isSupportedNode('v20.20.2')).toBe(false);
		expect(isSupportedNode('v22.12.0')).toBe(false);
		expect(isSupportedNode('v22.18.0')).toBe(true);
		expect(isSupportedNode('v24.1.0')).toBe(true);
	});
});

describe('Astro log filters', () => {
	const log = [
		'12:00:01 [build] output: "static"',
		'12:00:02 [WARN] [content] The collection "i18n" does not exist or is empty.',
		'12:00:03 [WARN] [router] A route is shadowed.',
		'12:00:04 [ERROR] [MDXError] Could not parse expression with acorn',
		'  Location:',
		'    /x/content/a/adr/1.mdx:4:3',
		'  Stack trace:',
		'    at parse (file:///node_modules/x.js:1:1)',
		' generating static routes ',
		'12:00:04 [astro-mermaid] Setting up Mermaid integration',
		'    at render (file:///x/.astro/chunk.mjs:2:2)',
		'12:00:05 [build] Complete!',
	];

	it('keeps real warnings after a success', () => {
		expect(log.filter(astroWarningFilter())).toEqual(['12:00:03 [WARN] [router] A route is shadowed.']);
	});

	it('keeps the error and its location, but not progress lines or the stack, after a failure', () => {
		expect(log.filter(astroFailureFilter())).toEqual([
			'12:00:03 [WARN] [router] A route is shadowed.',
			'12:00:04 [ERROR] [MDXError] Could not parse expression with acorn',
			'  Location:',
			'    /x/content/a/adr/1.mdx:4:3',
		]);
	});

	it('drops locations in Cairn’s or a package’s code, keeps those in documents', () => {
		const lines = [
			'Error A',
			'  Location:',
			'    /e/src/astro/confine.ts:78:38',
			'Error B',
			'  Location:',
			'    /x/content/a/b.mdx:2:1',
		];
		expect(withoutCodeLocations(lines)).toEqual(['Error A', 'Error B', '  Location:', '    /x/content/a/b.mdx:2:1']);
	});
});

describe('file-system failures', () => {
	it('are user errors: one line with the path as the user gave it, the reason and the code', () => {
		const failure = Object.assign(new Error('EACCES: permission denied'), {
			code: 'EACCES',
			syscall: 'open',
			path: '/work/project/dist/acme/team/index.html',
		});
		expect(isFsError(failure)).toBe(true);
		const error = fsUserError(failure, (path) => path.replace('/work/project/', ''));
		expect(error.message).toBe('Could not open dist/acme/team/index.html: permission denied. [FileSystem]');
		expect(error.exitCode).toBe(1);
		expect(isFsError(Object.assign(new Error('odd'), { code: 'ERR_SOMETHING' }))).toBe(false);
	});
});
