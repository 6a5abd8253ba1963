// Markdown made valid MDX without changing what it shows; code is never touched.
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/lib/import/edits.ts';
import { mdxEscapes } from '../../src/lib/import/mdx-escape.ts';
import { messages, planFixtures, textDoc, writtenText } from '../helpers/import.ts';

function escape(text: string, htmlAsText = false) {
	const doc = textDoc(text);
	const result = mdxEscapes(doc.body, doc.tree, { isRemoved: () => false, htmlAsText });
	return { text: applyEdits(doc.body, result.edits), notes: messages(result.notes) };
}

const compiles = (mdx: string) => expect(() => mdxToJs(mdx)).not.toThrow();

describe('MDX escaping', () => {
	it('escapes braces and stray < in text, which MDX reads as code and tags', () => {
		const source = 'Keep {days} days; doable in <10 minutes; a < b; already \\{fine\\}.\n';
		expect(() => mdxToJs(source)).toThrow();
		const result = escape(source);
		expect(result.text).toBe('Keep \\{days\\} days; doable in \\<10 minutes; a \\< b; already \\{fine\\}.\n');
		expect(result.notes).toMatchInlineSnapshot(`
			[
			  "escaped 4 characters ({, } or <) that MDX would read as code or a tag",
			]
		`);
		compiles(result.text);
	});

	it('escapes in headings, tables, links and image alt text too', () => {
		const result = escape(
			'## Use {x}\n\n| a | {b} |\n| - | - |\n| <c | d |\n\n[{e}](https://x.example) ![{f}](https://x.example/f.png)\n',
		);
		expect(result.text).toBe(
			'## Use \\{x\\}\n\n| a | \\{b\\} |\n| - | - |\n| \\<c | d |\n\n[\\{e\\}](https://x.example) ![\\{f\\}](https://x.example/f.png)\n',
		);
		compiles(result.text);
	});

	it('turns HTML comments into MDX comments, and strips one that ends a heading', () => {
		const result = escape(
			'## Links <!-- optional -->\n\n<!-- a note\nover two lines -->\n\nText <!-- inline */ --> here.\n',
		);
		expect(result.text).toBe('## Links\n\n{/* a note\nover two lines */}\n\nText {/* inline * / */} here.\n');
		expect(result.notes).toMatchInlineSnapshot(`
			[
			  "removed the HTML comment after heading "Links"",
			  "turned 2 HTML comments into MDX comments ({/* … */}): MDX has no HTML comments",
			]
		`);
		compiles(result.text);
	});

	it('turns autolinks into links and closes void tags', () => {
		const result = escape(
			'See <https://x.example/a_b*c> or <ops@x.example>.<br>\n\n<img src="https://x.example/i.png" alt="i">\n',
		);
		expect(result.text).toBe(
			'See [https://x.example/a\\_b\\*c](https://x.example/a_b*c) or [ops@x.example](mailto:ops@x.example).<br />\n\n<img src="https://x.example/i.png" alt="i" />\n',
		);
		expect(result.notes).toMatchInlineSnapshot(`
			[
			  "turned 2 autolinks <…> into [text](url) links: MDX has no autolinks",
			  "closed <br>, <img> as <br />, <img />: MDX needs every tag closed",
			]
		`);
		compiles(result.text);
	});

	it('fences indented code, in lists and quotes too, without touching its text', () => {
		const result = escape(
			'Text.\n\n    run {x} <y>\n    # not a heading\n\n* item\n\n      nested `code`\n\n> quoted\n>\n>     code\n',
		);
		expect(result.text).toBe(
			'Text.\n\n```\nrun {x} <y>\n# not a heading\n```\n\n* item\n\n  ```\n  nested `code`\n  ```\n\n> quoted\n>\n> ```\n> code\n> ```\n',
		);
		expect(result.notes).toMatchInlineSnapshot(`
			[
			  "fenced 3 indented code blocks: MDX reads indented code as text",
			]
		`);
		compiles(result.text);
	});

	it('never touches code spans and fenced code', () => {
		const text =
			'Use `{x}` and `<!-- option 1 -->`.\n\n```markdown\n---\nstatus: accepted\n---\n# Title {x} <y>\n<!-- c -->\n## Decision Outcome\n```\n\n~~~sh\n# rm -rf {dir}\n~~~\n';
		const result = escape(text);
		expect(result.text).toBe(text);
		expect(result.notes).toEqual([]);
		compiles(result.text);
	});

	it('escapes a paragraph that MDX would read as an import or export', () => {
		const result = escape('export the data nightly.\n\n* import is fine in a list\n');
		expect(result.text).toBe('&#101;xport the data nightly.\n\n* import is fine in a list\n');
		expect(result.notes).toMatchInlineSnapshot(`
			[
			  "escaped the "export" that starts a paragraph: MDX would read the line as JavaScript",
			]
		`);
		compiles(result.text);
	});

	it('shows HTML as text when asked, the fallback for HTML MDX cannot read', () => {
		const source = 'Call _adr_help_<command>_<subcommand> here. <!-- c -->\n';
		const result = escape(source, true);
		expect(result.text).toBe('Call _adr_help_\\<command>_\\<subcommand> here. {/* c */}\n');
		compiles(result.text);
	});

	it('makes every fixture record compile', async () => {
		for (const folders of [['adr-tools'], ['madr'], ['log4brains/docs/adr', 'log4brains/packages/web/docs/adr']]) {
			const plan = await planFixtures(folders);
			for (const entry of plan.entries) {
				if (entry.kind !== 'write') continue;
				compiles(entry.text.slice(entry.text.indexOf('\n---\n') + 5));
			}
		}
		const plan = await planFixtures(['adr-tools']);
		expect(writtenText(plan, '0003-use-an-event-log.md')).toContain(
			'during the \\<10 minute failover window. {/* measured in April */}\nSee [https://status.quillon.example/incidents/42](https://status.quillon.example/incidents/42)',
		);
	});
	it('draws <pre class="mermaid"> diagrams as ```mermaid blocks, entities decoded, nested tags kept', () => {
		const source =
			'Before.\n\n<pre class="mermaid">\nsequenceDiagram\n    A-&gt;&gt;B: hello &amp; bye<br>again\n    Note over A: DB[did <- id]\n</pre>\n\nAfter.\n';
		const result = escape(source);
		expect(result.text).toBe(
			'Before.\n\n```mermaid\nsequenceDiagram\n    A->>B: hello & bye<br>again\n    Note over A: DB[did <- id]\n```\n\nAfter.\n',
		);
		expect(result.notes).toMatchInlineSnapshot(`
			[
			  "turned 1 HTML Mermaid block (<pre class="mermaid">) into a \`\`\`mermaid block, which Cairn draws itself",
			]
		`);
		compiles(result.text);
	});

	it('keeps a <script> as an MDX comment, in either HTML mode, so nothing runs and nothing is lost', () => {
		const source =
			'Text.\n\n<script src="https://cdn.example/mermaid.min.js"/>\n<script>\n  mermaid.initialize({ startOnLoad: true });\n</script>\n\n<div class="note">Hi <script>alert(1)</script></div>\n';
		for (const htmlAsText of [false, true]) {
			const result = escape(source, htmlAsText);
			expect(result.text).toContain(
				'{/* <script src="https://cdn.example/mermaid.min.js"/> */}\n{/* <script>\n  mermaid.initialize({ startOnLoad: true });\n</script> */}',
			);
			expect(result.text).toContain('{/* <script>alert(1)</script> */}');
			expect(result.text).not.toMatch(/(^|[^*] )<script/m);
			expect(result.notes).toContain(
				"kept 3 <script> elements (https://cdn.example/mermaid.min.js, inline, inline) as MDX comments: a script would run in every reader's browser, so Cairn publishes none",
			);
			compiles(result.text);
		}
	});

	it('replaces an <iframe> by a comment and a link to what it loaded', () => {
		const result = escape('<iframe src="https://miro.example/board?id=1" width="800"></iframe>\n');
		expect(result.text).toBe(
			'{/* <iframe src="https://miro.example/board?id=1" width="800"></iframe> */}\n\n[https://miro.example/board?id=1](https://miro.example/board?id=1)\n',
		);
		expect(result.notes).toEqual([
			'kept <iframe> as an MDX comment, with a link to what it loaded: Cairn pages load no other pages',
		]);
		compiles(result.text);
	});

	it('leaves a Mermaid block inside a list item as HTML, where a fence cannot go', () => {
		const source = '- item\n\n  <pre class="mermaid">\n  graph TD\n  </pre>\n';
		expect(escape(source).text).toBe(source);
	});
});
