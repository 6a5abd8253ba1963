// YAML with positions. Astro reads frontmatter with js-yaml and reports schema errors without a
// line; Cairn parses the same text with `yaml`, which keeps every node's offset, so each problem
// can point at the key or value it is about.
import { isMap, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Node, type Pair, type ScalarTag } from 'yaml';
import jsYaml from 'js-yaml';
import { checkIsoDate } from '../core/dates.ts';

export interface Position {
	line: number;
	column: number;
}

export interface YamlSource {
	/** The parsed value; `undefined` when the text has syntax errors. */
	data: unknown;
	/** Syntax errors, each with the position the parser gave (an unclosed quote: where it opens). */
	errors: (Position & { message: string; unclosedQuote?: string })[];
	/**
	 * Finds a path in the document. `value` points at the value, `key` at its key; a path that is
	 * not in the text resolves to its nearest ancestor that is.
	 */
	locate: (path: readonly PropertyKey[], at?: 'key' | 'value') => Position & { exact: boolean };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?$/;

/**
 * Unquoted dates become `Date` objects, as js-yaml (and so Astro) makes them: a text field holding
 * an unquoted date then fails here exactly as it would in the build. A date that does not exist
 * stays text, so the date schema can say why, where js-yaml would silently roll it over.
 */
function resolveDate(text: string): Date | string {
	return checkIsoDate(text).ok ? new Date(`${text}T00:00:00Z`) : text;
}

function resolveTimestamp(text: string): Date | string {
	const date = new Date(text.replace(/[ \t]+/, 'T').replace(/[ \t]+/g, ''));
	return Number.isNaN(date.getTime()) ? text : date;
}

/** The `yaml` library's tags for the same rule, used for positions and for writing frontmatter. */
export const timestampTags: ScalarTag[] = [
	{
		tag: 'tag:yaml.org,2002:timestamp',
		default: true,
		test: DATE,
		resolve: resolveDate,
		// Writing: a Date becomes a plain YYYY-MM-DD, and a text that looks like one gets quotes.
		identify: (value) => value instanceof Date,
		stringify: ({ value }) => (value as Date).toISOString().slice(0, 10),
	},
	{ tag: 'tag:yaml.org,2002:timestamp', default: true, test: TIMESTAMP, resolve: resolveTimestamp },
];

function childAt(node: unknown, key: PropertyKey): { node: Node | null; pair?: Pair<Node, Node | null> } | undefined {
	if (isMap(node)) {
		for (const pair of node.items as Pair<Node, Node | null>[]) {
			const k: unknown = isScalar(pair.key) ? pair.key.value : pair.key;
			if (String(k) === String(key)) return { node: pair.value, pair };
		}
		return undefined;
	}
	if (isSeq(node) && typeof key === 'number') {
		const item = node.items[key] as Node | undefined;
		return item ? { node: item } : undefined;
	}
	return undefined;
}

// js-yaml exports its built-in types, but its type definitions do not declare them.
const builtIn = (jsYaml as unknown as { types: Record<'merge' | 'binary' | 'omap' | 'pairs' | 'set', jsYaml.Type> })
	.types;

/** js-yaml's default schema, with the timestamp rule above in place of its own. */
const frontmatterSchema = jsYaml.CORE_SCHEMA.extend({
	implicit: [
		new jsYaml.Type('tag:yaml.org,2002:timestamp', {
			kind: 'scalar',
			resolve: (text: string | null) => text !== null && (DATE.test(text) || TIMESTAMP.test(text)),
			construct: (text: string) => (DATE.test(text) ? resolveDate(text) : resolveTimestamp(text)),
			instanceOf: Date,
		}),
		builtIn.merge,
	],
	explicit: [builtIn.binary, builtIn.omap, builtIn.pairs, builtIn.set],
});

/** The offset of the last quoted value that opens before `offset` (the yaml lexer's tokens, so quotes in comments or plain text do not count). */
function openingQuoteBefore(text: string, offset: number): number | undefined {
	let at = 0;
	let found: number | undefined;
	for (const token of new Lexer().lex(text)) {
		// One-character control tokens mark structure and stand for no text.
		if (token.length === 1 && token.charCodeAt(0) < 0x20 && !/[\t\n\r]/.test(token)) continue;
		if ((token.startsWith('"') || token.startsWith("'")) && at < offset) found = at;
		at += token.length;
	}
	return found;
}

/** Positions come from the `yaml` library, which keeps every node's offset; built on first use. */
function positions(text: string, firstLine: number) {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, customTags: timestampTags, prettyErrors: true });
	const toPosition = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};
	const errors = doc.errors.map((error) => {
		const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
		// The parser notices a missing closing quote where the text ends; the person needs the opening one.
		const quote = error.code === 'MISSING_CHAR' ? openingQuoteBefore(text, error.pos[0]) : undefined;
		if (quote !== undefined) return { message, unclosedQuote: text.charAt(quote), ...toPosition(quote) };
		const at = error.linePos?.[0] ?? { line: 1, col: 1 };
		return { message, line: at.line + firstLine - 1, column: at.col };
	});
	const start = toPosition(0);
	const locate: YamlSource['locate'] = (path, at = 'value') => {
		let current: unknown = doc.contents;
		let best: Position = start;
		for (let i = 0; i < path.length; i++) {
			const key = path[i];
			const child = key === undefined ? undefined : childAt(current, key);
			if (!child) return { ...best, exact: false };
			const isLast = i === path.length - 1;
			const keyNode = child.pair?.key;
			// An empty value has a zero-length range: point at its key, the only text there is.
			const empty = !child.node?.range || child.node.range[0] === child.node.range[1];
			const target = (isLast && at === 'key') || empty ? (keyNode ?? child.node) : child.node;
			if (target?.range) best = toPosition(target.range[0]);
			current = child.node;
		}
		return { ...best, exact: true };
	};
	return { errors, locate };
}

/**
 * Parses YAML text the way Astro reads frontmatter (js-yaml), so that the check sees exactly the
 * values the build will see. `firstLine` is the line of the file the text starts on (2 for
 * frontmatter that follows an opening `---`), so positions are positions in the file.
 */
export function parseYaml(text: string, firstLine = 1): YamlSource {
	let located: ReturnType<typeof positions> | undefined;
	const lazily = () => (located ??= positions(text, firstLine));
	try {
		const data: unknown = jsYaml.load(text, { schema: frontmatterSchema });
		return { data, errors: [], locate: (path, at) => lazily().locate(path, at) };
	} catch (error) {
		if (!(error instanceof jsYaml.YAMLException)) throw error;
		// Prefer the yaml library's message and position; js-yaml's when only js-yaml objects.
		const { errors } = lazily();
		const own = { message: error.reason, line: error.mark.line + firstLine, column: error.mark.column + 1 };
		return { data: undefined, errors: errors.length ? errors : [own], locate: (path, at) => lazily().locate(path, at) };
	}
}
