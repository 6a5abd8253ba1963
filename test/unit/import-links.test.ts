// Links between imported ADRs become site links; images are copied; the rest stays, reported.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/lib/import/edits.ts';
import { rewriteLinks, type LinkTargets } from '../../src/lib/import/links.ts';
import { matchRecord, recordIndex } from '../../src/lib/import/record-match.ts';
import { messages, planFixtures, textDoc, writtenText } from '../helpers/import.ts';

const targets: LinkTargets = {
	siteLink: (path) =>
		({ '/src/adr/0002-queue.md': '/handover/adr/0002-queue/', '/src/core/0009-cache.md': '/handover/adr/0009-cache/' })[
			path
		],
	skipped: (path) => (path === '/src/adr/README.md' ? 'a README, not a decision record' : undefined),
	record: (url, from) => matchRecord(recordIndex(['/src/adr/0002-queue.md', '/src/core/0009-cache.md']), url, from),
	anchors: (path) => new Set(path === '/src/adr/0002-queue.md' ? ['context', 'decision'] : []),
	exists: (path) => ['/src/adr/diagram.png', '/src/adr/img/flow.png', '/src/shared/logo.png'].includes(path),
};

function rewrite(text: string) {
	const doc = textDoc(text, '0001-example.md');
	const result = rewriteLinks(doc.body, doc.tree, doc.file.absolutePath, targets, () => false);
	return { text: applyEdits(doc.body, result.edits), notes: messages(result.notes), images: result.images };
}

describe('link rewriting', () => {
	it('turns relative links to imported ADRs into site links, keeping an anchor the page has', () => {
		const result = rewrite(
			'See [the queue](0002-queue.md#context), [again](./0002-queue.md "Queue") and [cache](../core/0009-cache.md).\n',
		);
		expect(result.text).toBe(
			'See [the queue](/handover/adr/0002-queue/#context), [again](/handover/adr/0002-queue/ "Queue") and [cache](/handover/adr/0009-cache/).\n',
		);
		expect(result.notes).toEqual(['rewrote 3 links to other ADRs as site links']);
	});

	it('matches links from the repository root and code-host addresses by file name', () => {
		const result = rewrite(
			[
				'[root](docs/adr/0002-queue.md) [slash](/docs/adr/0002-queue.md)',
				'[gh](https://github.com/acme/infra/blob/main/docs/adr/0002-queue.md#decision)',
				'[gl](https://gitlab.example.org/acme/infra/-/blob/feature%2Fx/doc/0009-cache.md#status)',
				'[no ext](https://git.example/acme/adr/0002-queue) [other](https://git.example/acme/README.md)\n',
			].join(' '),
		);
		expect(result.text).toBe(
			[
				'[root](/handover/adr/0002-queue/) [slash](/handover/adr/0002-queue/)',
				'[gh](/handover/adr/0002-queue/#decision)',
				'[gl](/handover/adr/0009-cache/)',
				'[no ext](/handover/adr/0002-queue/) [other](https://git.example/acme/README.md)\n',
			].join(' '),
		);
		expect(result.notes).toEqual([
			'rewrote 5 links to other ADRs as site links',
			"pointed https://gitlab.example.org/acme/infra/-/blob/feature%2Fx/doc/0009-cache.md#status at the record's page without its #fragment, which names no heading the page keeps",
		]);
	});

	it('rewrites reference definitions, and links with tricky labels', () => {
		const result = rewrite('[*the* `]` queue][q] and [a [nested] label](<0002-queue.md>)\n\n[q]: 0002-queue.md\n');
		expect(result.text).toBe(
			'[*the* `]` queue][q] and [a [nested] label](/handover/adr/0002-queue/)\n\n[q]: /handover/adr/0002-queue/\n',
		);
	});

	it('keeps links to files outside the import and says so, once per link', () => {
		const result = rewrite(
			'[readme](README.md), [old](0000-old.md), [old again](0000-old.md), [web](https://x.example)\n',
		);
		expect(result.text).toBe(
			'[readme](README.md), [old](0000-old.md), [old again](0000-old.md), [web](https://x.example)\n',
		);
		expect(result.notes).toMatchInlineSnapshot(`
			[
			  "kept the link to README.md as written: it is a README, not a decision record, so it was not imported; it will not work on the site, and cairn check warns about it until you point it at a page or remove it",
			  "kept the link to 0000-old.md as written: it is not one of the imported ADRs; it will not work on the site, and cairn check warns about it until you point it at a page or remove it",
			]
		`);
	});

	it('keeps a bare address inside brackets, which GFM finds after parsing, as written', () => {
		const text = 'Technical Story: [Spike | https://jira.example/browse/ATL-1]\n';
		expect(rewrite(text).text).toBe(text);
	});

	it('copies local images next to the new file, and makes a missing one a plain link', () => {
		const result = rewrite(
			'![a](diagram.png) ![b](img/flow.png) ![c](../shared/logo.png) ![d](gone.png) ![e](https://x.example/e.png)\n',
		);
		expect(result.text).toBe(
			'![a](diagram.png) ![b](img/flow.png) ![c](logo.png) [d](gone.png) ![e](https://x.example/e.png)\n',
		);
		expect(result.images).toEqual([
			{ from: '/src/adr/diagram.png', to: 'diagram.png' },
			{ from: '/src/adr/img/flow.png', to: 'img/flow.png' },
			{ from: '/src/shared/logo.png', to: 'logo.png' },
		]);
		expect(result.notes).toMatchInlineSnapshot(`
			[
			  "image ../shared/logo.png is outside the ADR folder; copied it next to the record as logo.png and pointed the link there",
			  "image gone.png does not exist; turned it into a plain link so the site still builds (cairn check reports it as broken)",
			  "copied 3 images next to it (diagram.png, img/flow.png, logo.png)",
			]
		`);
	});

	it('leaves code alone', () => {
		const text = 'Use `[x](0002-queue.md)`.\n\n```md\n[x](0002-queue.md)\n```\n';
		expect(rewrite(text).text).toBe(text);
	});

	it('puts the base path of the client in front of site links', async () => {
		const plan = await planFixtures(['log4brains/docs/adr', 'log4brains/packages/web/docs/adr'], { base: '/docs' });
		expect(writtenText(plan, '20240110-cache-pages-at-the-edge.md')).toContain(
			'[trunk-based development](/docs/adr/0003-adopt-trunk-based-development/#context-and-problem-statement)',
		);
	});
});
