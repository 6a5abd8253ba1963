// What a document's body may put on a page and read while it is built: no scripts, event
// handlers or `javascript:` links (they would run in every reader's browser); imports only of the
// client's own files and Starlight's components; no component the build cannot find; no code that
// reads the build machine. The build enforces the same (src/astro/confine.ts, the site audit);
// here each is reported first, at its line.
import type { BodyElement } from '../body-scan.ts';
import { judgeImport } from '../content-imports.ts';
import { isScriptUrl, LOADING_ELEMENTS, URL_ATTRIBUTES } from '../hosting/audit.ts';
import { problem, type Problem } from '../problems/problem.ts';
import type { LoadedDocument } from '../project.ts';
import type { CheckContext } from './context.ts';

const SHOW_CODE = 'remove it; to show code, put it in a fenced code block (```html … ```)';
const RUNS = 'would run in every reader’s browser';

interface Unsafe {
	what: string;
	why: string;
	instead: string;
}

/** What is unsafe about one element, if anything. */
function unsafeParts(element: BodyElement): Unsafe[] {
	// In MDX, a capitalised name is a component, not an HTML element.
	const isHtml = element.syntax === 'html' || /^[a-z]/.test(element.name);
	const name = element.name.toLowerCase();
	const parts: Unsafe[] = [];
	if (isHtml && name === 'script') parts.push({ what: 'a <script> element', why: RUNS, instead: SHOW_CODE });
	if (isHtml && LOADING_ELEMENTS.has(name)) {
		const why = 'would load other content into the page';
		parts.push({ what: `an <${name}> element`, why, instead: 'link to it instead' });
	}
	if (isHtml && name === 'meta') {
		parts.push({ what: 'a <meta> element', why: 'could send readers to another site', instead: 'remove it' });
	}
	for (const attribute of element.attributes) {
		const key = attribute.name.toLowerCase();
		const on = `on <${element.name}>`;
		if (/^on[a-z]/.test(key)) {
			parts.push({ what: `the event handler ${attribute.name} ${on}`, why: RUNS, instead: SHOW_CODE });
		} else if (key === 'dangerouslysetinnerhtml') {
			const instead = 'write the content as Markdown';
			parts.push({ what: `${attribute.name} ${on}`, why: 'writes raw HTML into the page', instead });
		} else if (URL_ATTRIBUTES.has(key) && attribute.value !== undefined && isScriptUrl(attribute.value)) {
			const instead = 'link to a page of the site or to an https:// address';
			parts.push({ what: `the address ${attribute.value} ${on}`, why: RUNS, instead });
		}
	}
	return parts;
}

/** Names in code that reach the build machine, in code stripped of its comments and strings. */
const MACHINE =
	/\b(process|require|globalThis|global|Deno|Bun|__dirname|__filename|eval|Function)\b|\bimport\s*\.\s*meta\b/;

function withoutCommentsAndStrings(code: string): string {
	return code.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, ' ');
}

function documentProblems(document: LoadedDocument, context: CheckContext): Problem[] {
	const scan = context.scan(document);
	if (scan.error) return [];
	const at = (where: { line: number; column: number }) => ({
		file: document.file,
		line: where.line,
		column: where.column,
	});
	const problems: Problem[] = [];
	for (const element of scan.elements) {
		for (const unsafe of unsafeParts(element)) problems.push(problem('UnsafeMarkup', unsafe, at(element)));
	}
	for (const link of scan.links) {
		if (isScriptUrl(link.url)) problems.push(problem('UnsafeLink', { target: link.url }, at(link)));
	}
	for (const entry of scan.imports) {
		const verdict = judgeImport(entry.specifier, document.path);
		const specifier = entry.specifier ?? '';
		if (verdict.kind === 'computed') problems.push(problem('ComputedImport', {}, at(entry)));
		else if (verdict.kind === 'forbidden') problems.push(problem('ForbiddenImport', { specifier }, at(entry)));
		else if (verdict.kind === 'outside') {
			problems.push(problem('FileOutsideClient', { target: specifier, what: 'the import' }, at(entry)));
		} else if (verdict.kind === 'file') {
			const state = context.fileAt(verdict.path);
			if (state === 'outside')
				problems.push(problem('FileOutsideClient', { target: specifier, what: 'the import' }, at(entry)));
			else if (state === 'missing') problems.push(problem('MissingImport', { specifier }, at(entry)));
		}
	}
	for (const component of scan.undefinedComponents) {
		problems.push(problem('UndefinedComponent', { name: component.name }, at(component)));
	}
	for (const block of scan.code) {
		const name = MACHINE.exec(withoutCommentsAndStrings(block.code))?.[0];
		if (name) problems.push(problem('BuildMachineAccess', { name: name.replace(/\s+/g, '') }, at(block)));
	}
	return problems;
}

export function safetyRules(context: CheckContext): Problem[] {
	return context.loaded.filter((d) => d.yaml).flatMap((document) => documentProblems(document, context));
}
