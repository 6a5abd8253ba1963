// Prints problems one per line, `file:line:col severity field: message — hint [Code]`, then a
// summary. The code, like a linter's rule name, finds the problem's section of docs/problems.md.
import type { Problem } from './problem.ts';

export function formatProblem(p: Problem): string {
	const field = p.field ? `${p.field}: ` : '';
	const hint = p.hint ? ` — ${p.hint}` : '';
	return `${p.file}:${p.line}:${p.column} ${p.severity} ${field}${p.message}${hint} [${p.code}]`;
}

function count(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function summarize(problems: readonly Problem[], documents: number): string {
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const files = new Set(problems.map((p) => p.file)).size;
	if (problems.length === 0) return `${count(documents, 'document')} checked: no problems.`;
	return `${count(documents, 'document')} checked: ${count(errors, 'error')} and ${count(warnings, 'warning')} in ${count(files, 'file')}.`;
}

export function formatProblems(problems: readonly Problem[]): string {
	return problems.map(formatProblem).join('\n');
}
