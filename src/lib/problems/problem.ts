// The one shape every check result takes, and the one way to make it from the catalogue.
import { problemCatalogue, type ProblemArgs, type ProblemCode, type Severity } from '../../core/problem-catalogue.ts';

/** Where a problem is: a project-relative path, and a 1-based line and column when known. */
export interface Location {
	file: string;
	line: number;
	column: number;
}

export interface Problem extends Location {
	code: ProblemCode;
	severity: Severity;
	/** The frontmatter field, as a path such as `items[2].status`; empty for whole-file problems. */
	field: string;
	message: string;
	hint?: string;
}

/** Builds a problem from its catalogue entry. */
export function problem<C extends ProblemCode>(
	code: C,
	args: ProblemArgs<C>,
	where: Location & { field?: string },
): Problem {
	const spec = problemCatalogue[code] as unknown as {
		severity: Severity;
		message: (a: ProblemArgs<C>) => string;
		hint?: (a: ProblemArgs<C>) => string | undefined;
	};
	const hint = spec.hint?.(args);
	return {
		code,
		severity: spec.severity,
		file: where.file,
		line: where.line,
		column: where.column,
		field: where.field ?? '',
		message: spec.message(args),
		...(hint ? { hint } : {}),
	};
}

/**
 * A catalogue entry as the sentences a command prints when it stops on a mistake that has no
 * file and line: `There is no client "acmee" in content. Did you mean "acme"?`
 */
export function problemSentences<C extends ProblemCode>(code: C, args: ProblemArgs<C>): string {
	const { message, hint } = problem(code, args, { file: '', line: 0, column: 0 });
	const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.?!]$/.test(text) ? '' : '.'}`;
	return hint ? `${sentence(message)} ${sentence(hint)}` : sentence(message);
}

/** Sorts problems by file, then line, then column, the order a reader fixes them in. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
	);
}

/** Formats a zod-style path (`['items', 2, 'status']`) as `items[2].status`. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out;
}
