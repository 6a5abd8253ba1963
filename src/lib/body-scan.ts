// One pass over a document's body with the MDX compiler Astro uses (Sätteri): it reports a syntax
// error with its position, or lists what the body refers to and what it would put on the page —
// links and images, imports (read with es-module-lexer), components the compiler finds undefined,
// and HTML or JSX elements with their attributes — each with its position in the file.
import { parse as parseModule } from 'es-module-lexer';
import { Parser } from 'htmlparser2';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { defineMdastPlugin, markdownToJs, mdxToJs } from 'satteri';

export interface Position {
	line: number;
	column: number;
}

export interface BodyLink extends Position {
	kind: 'link' | 'image' | 'definition';
	url: string;
}

export interface BodyImport extends Position {
	/** What is imported, as written (`./diagram.svg?raw`); `undefined` for an `import()` of a computed name. */
	specifier: string | undefined;
	/** `import()` in code rather than an `import … from` statement. */
	dynamic: boolean;
}

export interface BodyElement extends Position {
	/** The element's name as written: `script`, `img`, `Tabs`, `Card.Body`. */
	name: string;
	/** Its attributes; an attribute set from an expression (`onClick={…}`) has the value `undefined`. */
	attributes: { name: string; value: string | undefined }[];
	/** `jsx` in MDX, `html` for raw HTML in Markdown. */
	syntax: 'jsx' | 'html';
}

export interface BodyCode extends Position {
	/** JavaScript the MDX file runs at build time: an `import`/`export` block or a `{…}` expression. */
	code: string;
}

export interface BodyScan {
	error?: { message: string } & Position;
	links: BodyLink[];
	imports: BodyImport[];
	elements: BodyElement[];
	/** The MDX file's code blocks and expressions, comments included. */
	code: BodyCode[];
	/** Components used but neither imported nor defined: the build stops at them. */
	undefinedComponents: ({ name: string } & Position)[];
	/** The ids a link can point at with `#…`: each heading's (as Astro makes them) and each `id` attribute. */
	anchors: string[];
}

/** Turns offsets into file positions with a table of line starts: linear however many lookups. */
function positioner(text: string, firstLine: number): (offset: number) => Position {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if ((starts[middle] ?? 0) <= offset) low = middle;
			else high = middle - 1;
		}
		return { line: low + firstLine, column: offset - (starts[low] ?? 0) + 1 };
	};
}

interface Span {
	start: number;
	end: number;
}

type Found =
	| { type: 'link'; kind: BodyLink['kind']; url: string; span: Span }
	| { type: 'jsx'; name: string; attributes: BodyElement['attributes']; span: Span }
	| { type: 'html'; value: string; span: Span }
	| { type: 'code'; value: string; span: Span }
	| { type: 'heading'; text: string };

interface PositionedNode {
	position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
}

const span = (node: PositionedNode): Span => ({
	start: node.position?.start.offset ?? 0,
	end: node.position?.end.offset ?? 0,
});

interface JsxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}

function jsxAttributes(attributes: readonly JsxAttribute[]): BodyElement['attributes'] {
	return attributes.flatMap((attribute) =>
		attribute.type === 'mdxJsxAttribute' && attribute.name
			? [{ name: attribute.name, value: typeof attribute.value === 'string' ? attribute.value : undefined }]
			: [],
	);
}

/** The elements of a raw HTML fragment, positioned from its offset in the body. */
function htmlElements(value: string, offset: number, at: (offset: number) => Position): BodyElement[] {
	const elements: BodyElement[] = [];
	const parser: Parser = new Parser({
		onopentag(name, attributes) {
			elements.push({
				name,
				attributes: Object.entries(attributes).map(([key, text]) => ({ name: key, value: text })),
				syntax: 'html',
				...at(offset + parser.startIndex),
			});
		},
	});
	parser.end(value);
	return elements;
}

/** The imports of a block of module code, positioned at each specifier. */
function moduleImports(code: string, offset: number, at: (offset: number) => Position): BodyImport[] {
	try {
		const [imports] = parseModule(code);
		return imports.flatMap((entry): BodyImport[] => {
			if (entry.type === 'static' || entry.type === 'reexport-star') {
				return [{ specifier: entry.specifier, dynamic: false, ...at(offset + entry.start) }];
			}
			if (entry.type === 'dynamic') return [{ specifier: entry.specifier, dynamic: true, ...at(offset + entry.start) }];
			return [];
		});
	} catch {
		// Not module code the lexer reads (JSX in an expression): the MDX compiler judges its syntax.
		return [];
	}
}

/**
 * Scans a body. `mdx` selects the MDX parser (`.mdx` files) or plain Markdown (`.md`);
 * `firstLine` is the file line the body starts on.
 */
export function scanBody(body: string, options: { mdx: boolean; firstLine: number }): BodyScan {
	const found: Found[] = [];
	const collect = defineMdastPlugin({
		name: 'cairn-scan',
		options: { position: true },
		heading(node) {
			found.push({ type: 'heading', text: toString(node) });
		},
		link(node) {
			found.push({ type: 'link', kind: 'link', url: node.url, span: span(node) });
		},
		image(node) {
			found.push({ type: 'link', kind: 'image', url: node.url, span: span(node) });
		},
		definition(node) {
			found.push({ type: 'link', kind: 'definition', url: node.url, span: span(node) });
		},
		html(node) {
			found.push({ type: 'html', value: node.value, span: span(node) });
		},
		mdxJsxFlowElement(node) {
			if (node.name)
				found.push({ type: 'jsx', name: node.name, attributes: jsxAttributes(node.attributes), span: span(node) });
		},
		mdxJsxTextElement(node) {
			if (node.name)
				found.push({ type: 'jsx', name: node.name, attributes: jsxAttributes(node.attributes), span: span(node) });
		},
		mdxjsEsm(node) {
			found.push({ type: 'code', value: node.value, span: span(node) });
		},
		mdxFlowExpression(node) {
			found.push({ type: 'code', value: node.value, span: { ...span(node), start: span(node).start + 1 } });
		},
		mdxTextExpression(node) {
			found.push({ type: 'code', value: node.value, span: { ...span(node), start: span(node).start + 1 } });
		},
	});
	const at = positioner(body, options.firstLine);
	let compiled: string;
	try {
		compiled = (options.mdx ? mdxToJs : markdownToJs)(body, { mdastPlugins: [collect] }).code;
	} catch (error) {
		const text = error instanceof Error ? error.message : String(error);
		const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(text);
		const line = match ? Number(match[1]) : 1;
		return {
			error: { message: match?.[3] ?? text, line: line + options.firstLine - 1, column: match ? Number(match[2]) : 1 },
			links: [],
			imports: [],
			elements: [],
			code: [],
			undefinedComponents: [],
			anchors: [],
		};
	}
	const scan: BodyScan = { links: [], imports: [], elements: [], code: [], undefinedComponents: [], anchors: [] };
	// Heading ids as Astro gives them: GitHub's slugs, numbered when repeated.
	const slugger = new GithubSlugger();
	for (const item of found) {
		if (item.type === 'heading') {
			scan.anchors.push(slugger.slug(item.text));
		} else if (item.type === 'link') {
			// The position of the address itself, where it is written inside the link.
			const offset = body.indexOf(item.url, item.span.start);
			const within = offset !== -1 && offset < item.span.end;
			scan.links.push({ kind: item.kind, url: item.url, ...at(within ? offset : item.span.start) });
		} else if (item.type === 'jsx') {
			scan.elements.push({ name: item.name, attributes: item.attributes, syntax: 'jsx', ...at(item.span.start) });
		} else if (item.type === 'html') {
			scan.elements.push(...htmlElements(item.value, item.span.start, at));
		} else {
			scan.code.push({ code: item.value, ...at(item.span.start) });
			scan.imports.push(...moduleImports(item.value, item.span.start, at));
		}
	}
	for (const element of scan.elements) {
		const id = element.attributes.find((attribute) => attribute.name === 'id')?.value;
		if (id) scan.anchors.push(id);
	}
	// The compiler leaves a call for each component it cannot find; rendering the page would throw there.
	const missing = new Set([...compiled.matchAll(/_missingMdxReference\("([^"]+)", true\)/g)].map((m) => m[1] ?? ''));
	for (const element of scan.elements) {
		const root = element.name.split('.')[0] ?? '';
		if (element.syntax === 'jsx' && missing.has(root)) {
			scan.undefinedComponents.push({ name: element.name, line: element.line, column: element.column });
			missing.delete(root);
		}
	}
	return scan;
}
