// Validates one document's text: frontmatter syntax, then the schema, every problem positioned.
import { frontmatterSchema, type Frontmatter } from '../schemas/frontmatter.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { problemsFromZod } from './problems/from-zod.ts';
import { problem, type Problem } from './problems/problem.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

export interface DocumentSource {
	/** Project-relative path, e.g. `content/larkspur/adr/0003-queue.mdx`. */
	file: string;
	/** Valid frontmatter, or `undefined` when it has errors. */
	data: Frontmatter | undefined;
	/** The parsed but unvalidated frontmatter, for checks that still make sense on a broken file. */
	raw: unknown;
	yaml: YamlSource | undefined;
	body: string;
	bodyLine: number;
	problems: Problem[];
}

export function readDocumentSource(file: string, text: string): DocumentSource {
	const split = splitFrontmatter(text);
	if (!split.ok) {
		return {
			file,
			data: undefined,
			raw: undefined,
			yaml: undefined,
			body: text,
			bodyLine: 1,
			problems: [problem(split.reason, {}, { file, line: split.line, column: 1 })],
		};
	}
	const base = { file, body: split.body, bodyLine: split.bodyLine };
	const yaml = parseYaml(split.yaml, split.yamlLine);
	if (yaml.errors.length) {
		const problems = yaml.errors.map((e) =>
			problem('YamlSyntax', { detail: e.message }, { file, line: e.line, column: e.column }),
		);
		return { ...base, data: undefined, raw: undefined, yaml, problems };
	}
	if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
		const where = { file, line: split.yamlLine, column: 1 };
		return { ...base, data: undefined, raw: yaml.data, yaml, problems: [problem('NotAMapping', {}, where)] };
	}
	const result = frontmatterSchema.safeParse(yaml.data, { reportInput: true });
	if (result.success) return { ...base, data: result.data, raw: yaml.data, yaml, problems: [] };
	const problems = problemsFromZod(result.error.issues, {
		file,
		source: yaml,
		schema: frontmatterSchema,
		data: yaml.data,
	});
	return { ...base, data: undefined, raw: yaml.data, yaml, problems };
}
