// Diagrams drawn at build time, as HTML: where a built page has a Mermaid diagram waiting to be
// drawn (`<pre class="mermaid">`, from a ```mermaid fence or a generated view), what it says and how
// it is labelled; and the figure that replaces it, holding the light and the dark drawing. Pure.
import { Parser } from 'htmlparser2';

/** Mermaid's settings for every diagram of a site, in the browser and at build time alike. */
export const MERMAID_CONFIG = {
	// Mermaid's default, written out: labels are sanitised and `click` runs nothing. A diagram's own
	// `%%{init}%%` cannot loosen it (Mermaid keeps it among its secure keys).
	securityLevel: 'strict',
	// Roadmap timelines: bars tall enough to read their labels at page width.
	gantt: { useWidth: 720, barHeight: 24, barGap: 6, fontSize: 13, sectionFontSize: 13, leftPadding: 110 },
} as const;

/** A `<pre class="mermaid">` block of a page, by its offsets in the HTML. */
export interface DiagramBlock {
	start: number;
	end: number;
	/** The Mermaid source, unescaped. */
	source: string;
	/** The block's own `aria-label`, when it has one. */
	label: string | undefined;
}

/** The two drawings of one diagram: SVG markup for the light and the dark theme. */
export interface DrawnDiagram {
	light: string;
	dark: string;
}

const PRE = /<pre\b[^>]*\bclass="mermaid"[^>]*>[\s\S]*?<\/pre>/g;

/** The diagrams of a page waiting to be drawn, in order. */
export function diagramBlocks(html: string): DiagramBlock[] {
	if (!html.includes('class="mermaid"')) return [];
	return [...html.matchAll(PRE)].map((match) => {
		let source = '';
		let label: string | undefined;
		const parser = new Parser({
			onopentag(name, attributes) {
				if (name === 'pre') label = attributes['aria-label'];
			},
			ontext(text) {
				source += text;
			},
		});
		parser.end(match[0]);
		return { start: match.index, end: match.index + match[0].length, source: trimSource(source), label };
	});
}

/** A source as Mermaid reads it: the indentation a component's template adds, and blank edges, removed. */
export function trimSource(source: string): string {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	while (lines.length && !lines[0]?.trim()) lines.shift();
	while (lines.length && !lines.at(-1)?.trim()) lines.pop();
	const indents = lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
	const common = indents.length ? Math.min(...indents) : 0;
	return lines.map((line) => line.slice(common)).join('\n');
}

const KINDS: [RegExp, string][] = [
	[/^(flowchart|graph)\b/, 'Flowchart'],
	[/^sequenceDiagram\b/, 'Sequence diagram'],
	[/^classDiagram/, 'Class diagram'],
	[/^stateDiagram/, 'State diagram'],
	[/^erDiagram\b/, 'Entity-relationship diagram'],
	[/^gantt\b/, 'Gantt chart'],
	[/^pie\b/, 'Pie chart'],
	[/^journey\b/, 'User journey'],
	[/^timeline\b/, 'Timeline'],
	[/^mindmap\b/, 'Mind map'],
	[/^gitGraph\b/, 'Git graph'],
	[/^C4\w*/, 'C4 diagram'],
	[/^quadrantChart\b/, 'Quadrant chart'],
	[/^xychart/, 'Chart'],
	[/^sankey/, 'Sankey diagram'],
	[/^(block|architecture)(-beta)?\b/, 'Architecture diagram'],
];

/** What a screen reader says for a diagram: the block's label, the diagram's `accTitle`, or its kind. */
export function diagramLabel(source: string, label?: string): string {
	if (label?.trim()) return label.trim();
	const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
	const description = /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
	if (title) return description ? `${title}: ${description}` : title;
	// The first line that is not front matter, a directive or a comment names the kind.
	const first = source
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.split('\n')
		.map((line) => line.trim())
		.find((line) => line && !line.startsWith('%%'));
	return KINDS.find(([pattern]) => pattern.test(first ?? ''))?.[1] ?? 'Diagram';
}

/**
 * An SVG whose every `id` starts with its own: Mermaid prefixes its markers with the id it draws
 * under, but not its edges and labels, and a page holds each diagram twice (light and dark). The
 * references to the ids (`url(#…)`, `href="#…"`) follow them.
 */
export function scopeIds(svg: string, own: string): string {
	const ids = new Set(
		[...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '').filter((id) => id && !id.startsWith(own)),
	);
	if (!ids.size) return svg;
	const scoped = (id: string) => (ids.has(id) ? `${own}-${id}` : id);
	return svg
		.replace(/(\sid=")([^"]+)"/g, (_, start: string, id: string) => `${start}${scoped(id)}"`)
		.replace(/url\(#([^)\s]+)\)/g, (_, id: string) => `url(#${scoped(id)})`)
		.replace(/(href=")#([^"]+)"/g, (_, start: string, id: string) => `${start}#${scoped(id)}"`);
}

/** Text for HTML, in an element or a quoted attribute. */
export const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The figure that takes a block's place: one image for assistive technology (its label), both
 * drawings inside, of which the stylesheet shows the one of the page's theme. The dark drawing is
 * left out of the search index, which would otherwise hold every label twice.
 */
export function diagramFigure(drawn: DrawnDiagram, label: string): string {
	return (
		`<figure class="cairn-diagram" role="img" aria-label="${escapeHtml(label)}">` +
		`<div class="cairn-diagram-light">${drawn.light}</div>` +
		`<div class="cairn-diagram-dark" data-pagefind-ignore>${drawn.dark}</div>` +
		`</figure>`
	);
}

/** The page with each block replaced by its figure; `drawn[i]` belongs to `blocks[i]`. */
export function withDiagrams(html: string, blocks: readonly DiagramBlock[], figures: readonly string[]): string {
	let result = '';
	let at = 0;
	blocks.forEach((block, i) => {
		result += html.slice(at, block.start) + (figures[i] ?? html.slice(block.start, block.end));
		at = block.end;
	});
	return result + html.slice(at);
}

/** The ```mermaid and ~~~mermaid fences of a Markdown body, each with the line its source starts on. */
export function fencedDiagrams(body: string, firstLine = 1): { source: string; line: number }[] {
	const found: { source: string; line: number }[] = [];
	const fence = /^([ \t]*)(`{3,}|~{3,})[ \t]*mermaid\b[^\n]*\n([\s\S]*?)\n[ \t]*\2[ \t]*$/gm;
	for (const match of body.matchAll(fence)) {
		const line = body.slice(0, match.index).split('\n').length + firstLine;
		found.push({ source: trimSource(match[3] ?? ''), line });
	}
	return found;
}

/** Mermaid's messages span lines (the line, a caret, the tokens expected); one line says enough. */
export function diagramDetail(message: string): string {
	const lines = message.split('\n').map((line) => line.trim());
	const near = lines[1]?.replace(/^\.\.\./, '').trim();
	const first = lines[0]?.replace(/:$/, '') ?? message;
	const text = first.startsWith('Parse error') && near ? `${first}, near "${near}"` : first;
	return text.length > 200 ? `${text.slice(0, 197)}…` : text;
}

/**
 * The line of a file a diagram's problem is on: the line of the fence holding that source, plus the
 * line Mermaid names inside it; the fence's line when Mermaid names none; `undefined` when no fence
 * of the file holds it (a diagram Cairn drew from frontmatter).
 */
export function diagramLine(fileText: string, source: string, lineInDiagram?: number): number | undefined {
	const fence = fencedDiagrams(fileText).find((found) => found.source === source);
	if (!fence) return undefined;
	return lineInDiagram ? fence.line + lineInDiagram - 1 : fence.line - 1;
}
