// Validates document and client.yaml text the way `cairn check` does and returns its lines.
import { readClientSource } from '../../src/lib/client-source.ts';
import { readDocumentSource } from '../../src/lib/document-source.ts';
import { sortProblems } from '../../src/lib/problems/problem.ts';
import { formatProblem } from '../../src/lib/problems/report-text.ts';

/** Builds a document from frontmatter lines and an optional body. */
export function mdx(frontmatter: string, body = 'Body.\n'): string {
	return `---\n${frontmatter.trim()}\n---\n${body}`;
}

/** The problems `cairn check` reports for a document, one formatted line each. */
export function documentProblems(text: string, file = 'doc.mdx'): string[] {
	return sortProblems(readDocumentSource(file, text).problems).map(formatProblem);
}

/** The validated frontmatter of a document that has no problems. */
export function documentData(text: string) {
	const source = readDocumentSource('doc.mdx', text);
	if (!source.data) throw new Error(source.problems.map(formatProblem).join('\n'));
	return source.data;
}

export function clientProblems(text: string, folder = 'acme', files: string[] = []): string[] {
	const source = readClientSource(`content/${folder}/client.yaml`, text, folder, (p) =>
		files.includes(p) ? 'file' : 'missing',
	);
	return sortProblems(source.problems).map(formatProblem);
}
