// Diagrams drawn at build time, as HTML: finding the blocks a page waits to draw, labelling them,
// putting the drawings in their place, and the file line of a diagram Mermaid cannot read.
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
