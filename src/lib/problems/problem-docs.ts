// docs/problems.md, made from the catalogue: one section per code, anchored by the code that
// every check line and command error ends with (`… [LockHeld]`). Generated, never edited by hand:
// `node scripts/run.mjs node scripts/problem-docs.ts` writes it, and a unit test fails when it is out of date.
import { problemCatalogue, problemGroups, type ProblemCode } from '../../core/problem-catalogue.ts';
import type { ProblemSpec } from '../../core/problem-spec.ts';

/** Where the page lives in the repository, and the command that writes it. */
export const PROBLEM_DOCS_PATH = 'docs/problems.md';
export const PROBLEM_DOCS_COMMAND = 'node scripts/run.mjs node scripts/problem-docs.ts';

function spec(code: ProblemCode): ProblemSpec<never> {
	return problemCatalogue[code];
}

/** What a reader sees of the problem besides its text: its severity, and a command's exit code. */
function severityLine(code: ProblemCode, stops: boolean): string {
	const { severity, exitCode } = spec(code);
	if (stops) return `Stops the command with exit code ${exitCode ?? 2}.`;
	return severity === 'warning' ? 'A warning (an error under `--strict`).' : 'An error.';
}

export function problemDocs(): string {
	const out = [
		'# Problems Cairn reports',
		'',
		`<!-- Generated from src/core/problem-catalogue.ts by \`${PROBLEM_DOCS_COMMAND}\`; do not edit by hand. -->`,
		'',
		'Every problem Cairn reports ends with a stable code in brackets, such as `[YamlSyntax]` at the end of a',
		'`cairn check` line or `[LockHeld]` at the end of a command’s error. Each code has a section here, whose',
		'anchor is the code itself (`docs/problems.md#YamlSyntax`). `cairn check --format json` gives it as `code`.',
		'',
	];
	for (const group of problemGroups) {
		out.push(`- [${group.title}](#${group.title.toLowerCase().replaceAll(' ', '-')}): ${group.codes.length} codes`);
	}
	for (const group of problemGroups) {
		out.push('', `## ${group.title}`, '', group.intro);
		for (const code of group.codes) {
			out.push(
				'',
				`<a id="${code}"></a>`,
				'',
				`### ${code}`,
				'',
				`${severityLine(code, group.stops)} ${spec(code).explain}`,
			);
		}
	}
	return `${out.join('\n')}\n`;
}

/** Codes whose explanation is missing or is not a sentence or two. */
export function unexplainedCodes(): ProblemCode[] {
	return (Object.keys(problemCatalogue) as ProblemCode[]).filter((code) => {
		const explain = spec(code).explain.trim();
		return explain.length < 20 || !/[.!?]$/.test(explain);
	});
}
