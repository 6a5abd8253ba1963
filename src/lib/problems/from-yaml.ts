// YAML syntax errors as problems: where the parser stopped, or, for a quote never closed, where it opens.
import type { YamlSource } from '../yaml-source.ts';
import { problem, type Problem } from './problem.ts';

export function problemsFromYaml(file: string, yaml: YamlSource): Problem[] {
	return yaml.errors.map((e) => {
		const where = { file, line: e.line, column: e.column };
		return e.unclosedQuote
			? problem('UnclosedQuote', { quote: e.unclosedQuote }, where)
			: problem('YamlSyntax', { detail: e.message }, where);
	});
}
