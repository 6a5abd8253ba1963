// Diagrams drawn at build time, as HTML: finding the blocks a page waits to draw, labelling them,
// putting the drawings in their place, and the file line of a diagram Mermaid cannot read.
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	diagramBlocks,
	diagramDetail,
	diagramFigure,
	diagramLabel,
	diagramLine,
	fencedDiagrams,
	scopeIds,
	trimSource,
	withDiagrams,
} from '../../src/lib/diagrams/markup.ts';
import { DiagramRenderer, launchReason } from '../../src/lib/diagrams/render-fs.ts';

describe('the diagrams of a built page', () => {
	const page = [
		'<main><p>Before</p>',
		'<pre class="mermaid">flowchart LR\n  A[&quot;Orders &amp; API&quot;] --&gt; B</pre>',
		'<pre class="astro-code">not a diagram</pre>',
		'<pre class="mermaid" role="img" aria-label="Timeline of the roadmap">',
		'\t\t\tgantt',
		'\t\t\t  dateFormat YYYY-MM-DD',
		'\t\t</pre></main>',
	].join('\n');

	it('finds each block with its source unescaped and unindented, and its label', () => {
		expect(diagramBlocks(page).map(({ source, label }) => ({ source, label }))).toEqual([
			{ source: 'flowchart LR\n  A["Orders & API"] --> B', label: undefined },
			{ source: 'gantt\n  dateFormat YYYY-MM-DD', label: 'Timeline of the roadmap' },
		]);
		expect(diagramBlocks('<pre class="astro-code">flowchart</pre>')).toEqual([]);
	});

	it('puts each figure where its block was, and leaves the rest of the page as it was', () => {
		const blocks = diagramBlocks(page);
		const html = withDiagrams(page, blocks, ['[one]', '[two]']);
		expect(html).toBe('<main><p>Before</p>\n[one]\n<pre class="astro-code">not a diagram</pre>\n[two]</main>');
	});

	it('gives every id of a drawing its own prefix, and the references to them follow', () => {
		const svg =
			'<svg id="d1"><marker id="d1_pointEnd"/><path id="L_A_B_0" marker-end="url(#d1_pointEnd)"/>' +
			'<use href="#L_A_B_0"/><g fill="url(#grad)"/><linearGradient id="grad"/></svg>';
		expect(scopeIds(svg, 'd1')).toBe(
			'<svg id="d1"><marker id="d1_pointEnd"/><path id="d1-L_A_B_0" marker-end="url(#d1_pointEnd)"/>' +
				'<use href="#d1-L_A_B_0"/><g fill="url(#d1-grad)"/><linearGradient id="d1-grad"/></svg>',
		);
	});

	it('holds both drawings in one labelled image, the dark one out of the search index', () => {
		expect(diagramFigure({ light: '<svg id="l"></svg>', dark: '<svg id="d"></svg>' }, 'Orders "API" <v2>')).toBe(
			'<figure class="cairn-diagram" role="img" aria-label="Orders &quot;API&quot; &lt;v2&gt;">' +
				'<div class="cairn-diagram-light"><svg id="l"></svg></div>' +
				'<div class="cairn-diagram-dark" data-pagefind-ignore><svg id="d"></svg></div></figure>',
		);
	});
});

describe('a diagram’s label for screen readers', () => {
	it('is the label the page gave it', () => {
		expect(diagramLabel('flowchart LR\n  A --> B', ' Architecture diagram ')).toBe('Architecture diagram');
	});

	it('is the accTitle and accDescr the diagram gives itself', () => {
		expect(diagramLabel('flowchart LR\n  accTitle: Checkout\n  accDescr: How an order is paid\n  A --> B')).toBe(
			'Checkout: How an order is paid',
		);
		expect(diagramLabel('sequenceDiagram\n accTitle : Login\n A->>B: hi')).toBe('Login');
	});

	it('is otherwise the kind of diagram, past front matter, directives and comments', () => {
		expect(diagramLabel('graph TD\n A --> B')).toBe('Flowchart');
		expect(diagramLabel('%%{init: {"theme": "forest"}}%%\nsequenceDiagram\n A->>B: hi')).toBe('Sequence diagram');
		expect(diagramLabel('---\ntitle: Orders\n---\nerDiagram\n A ||--o{ B : has')).toBe('Entity-relationship diagram');
		expect(diagramLabel('stateDiagram-v2\n [*] --> A')).toBe('State diagram');
		expect(diagramLabel('something new\n A')).toBe('Diagram');
	});
});

describe('where a diagram is in its file', () => {
	const file = [
		'---',
		'title: Flow',
		'---',
		'Text.',
		'',
		'```mermaid',
		'flowchart LR',
		'  A --> B',
		'  B -->> C[',
		'```',
		'',
		'  ~~~~ mermaid title="two"',
		'  sequenceDiagram',
		'    A->>B: hi',
		'  ~~~~',
	].join('\n');

	it('lists the fences of a body with the line each source starts on', () => {
		expect(fencedDiagrams(file)).toEqual([
			{ source: 'flowchart LR\n  A --> B\n  B -->> C[', line: 7 },
			{ source: 'sequenceDiagram\n  A->>B: hi', line: 13 },
		]);
	});

	it('is the line Mermaid names inside the fence holding the source, or the fence itself', () => {
		expect(diagramLine(file, 'flowchart LR\n  A --> B\n  B -->> C[', 3)).toBe(9);
		expect(diagramLine(file, 'sequenceDiagram\n  A->>B: hi')).toBe(12);
		expect(diagramLine(file, 'gantt\n  title generated from frontmatter', 1)).toBeUndefined();
	});

	it('says what Mermaid says on one line', () => {
		const message = [
			'Parse error on line 3:',
			'...rt LR A -->  B -->> C[',
			'---------------------^',
			"Expecting 'AMP', 'COLON', 'PIPE', got 'TAGEND'",
		].join('\n');
		expect(diagramDetail(message)).toBe('Parse error on line 3, near "rt LR A -->  B -->> C["');
		expect(diagramDetail('No diagram type detected matching given configuration for text: flowcart LR')).toBe(
			'No diagram type detected matching given configuration for text: flowcart LR',
		);
	});

	it('trims what a template indents', () => {
		expect(trimSource('\n\t\t\tflowchart LR\n\t\t\t  A --> B\n\t\t')).toBe('flowchart LR\n  A --> B');
	});
});

describe('a Chromium that does not start', () => {
	// Playwright's message, as it is when the binary cannot load its libraries (colours and all).
	const launchLog = (stderr: string[], exitCode: number) =>
		new Error(
			[
				'browserType.launchPersistentContext: Target page, context or browser has been closed',
				'Browser logs:',
				'',
				'<launching> /usr/bin/chromium --headless --remote-debugging-pipe about:blank',
				'<launched> pid=2058',
				...stderr.map((line) => `[pid=2058][err] ${line}`),
				'Call log:',
				'\u001b[2m  - <launching> /usr/bin/chromium --headless\u001b[22m',
				...stderr.map((line) => `\u001b[2m  - [pid=2058][err] ${line}\u001b[22m`),
				'\u001b[2m  - [pid=2058] exception while trying to kill process: Error: kill ESRCH\u001b[22m',
				`\u001b[2m  - [pid=2058] <process did exit: exitCode=${exitCode}, signal=null>\u001b[22m`,
			].join('\n'),
		);

	it('is explained by the first line Chromium printed', () => {
		const missing =
			'/usr/lib/chromium/chromium: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory';
		expect(launchReason(launchLog([missing, 'second line'], 127))).toBe(missing);
	});

	it('is explained by its exit code when it printed nothing, else by Playwright’s first line', () => {
		expect(launchReason(launchLog([], 1))).toBe('it exited with code 1');
		expect(launchReason(new Error('browserType.launchPersistentContext: spawn EACCES'))).toBe('spawn EACCES');
	});
});

describe('the cache of drawings', () => {
	it('keeps what a build used in the last 30 days and removes the rest', async () => {
		const cacheDir = await mkdtemp(join(tmpdir(), 'cairn-diagram-cache-'));
		try {
			const now = Date.now();
			const day = 86_400_000;
			for (const [name, age] of [
				['used.json', 2],
				['old.json', 31],
				['older.json', 400],
			] as const) {
				await writeFile(join(cacheDir, name), '{}');
				const when = new Date(now - age * day);
				await utimes(join(cacheDir, name), when, when);
			}
			const renderer = new DiagramRenderer('/no/chromium', cacheDir, '2026-11-01');
			expect(renderer.prune(now)).toBe(2);
			expect(await readdir(cacheDir)).toEqual(['used.json']);
		} finally {
			await rm(cacheDir, { recursive: true, force: true });
		}
	});

	it('marks a drawing used when a build reads it, so that it is kept', async () => {
		const cacheDir = await mkdtemp(join(tmpdir(), 'cairn-diagram-cache-'));
		try {
			// Drawn 40 days ago (written by hand here: the renderer has no Chromium), read back today.
			const renderer = new DiagramRenderer('/no/chromium', cacheDir, '2026-11-01');
			const source = 'flowchart LR\n  A --> B';
			const drawing = { light: '<svg id="l"></svg>', dark: '<svg id="d"></svg>' };
			const key = renderer.cacheKey(source);
			await writeFile(join(cacheDir, `${key}.json`), JSON.stringify(drawing));
			const old = new Date(Date.now() - 40 * 86_400_000);
			await utimes(join(cacheDir, `${key}.json`), old, old);
			expect(await renderer.draw(source)).toEqual(drawing);
			expect(renderer.counts).toEqual({ drawn: 0, cached: 1 });
			expect(renderer.prune()).toBe(0);
			expect(await readdir(cacheDir)).toEqual([`${key}.json`]);
		} finally {
			await rm(cacheDir, { recursive: true, force: true });
		}
	});
});
