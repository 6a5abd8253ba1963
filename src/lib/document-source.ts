// Validates one document's text: frontmatter syntax, then the schema, every problem positioned.
import type { z } from 'zod';
import { frontmatterSchema, type Frontmatter } from '../schemas/frontmatter.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { problemsFromZod } from './problems/from-zod.ts';
import { problemsFromYaml } from './problems/from-yaml.ts';
import { problem, type Problem } from './problems/problem.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

export interface DocumentSource {
	/** Project-relative path, e.g. `content/acme/adr/0003-queue.mdx`. */
	file: string;
	/**
	 * The validated frontmatter; `undefined` when it has errors other than unknown fields. (With
	 * only unknown fields wrong, the rest is still worth checking against other documents.)
	 */
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
		const problems = problemsFromYaml(file, yaml);
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
	return { ...base, data: withoutUnknownFields(result.error.issues, yaml.data), raw: yaml.data, yaml, problems };
}

/** When the only issues are unknown top-level fields, the frontmatter without them, validated. */
function withoutUnknownFields(issues: readonly z.core.$ZodIssue[], data: object): Frontmatter | undefined {
	const unknownOnly = issues.every((issue) => issue.code === 'unrecognized_keys' && issue.path.length === 0);
	if (!unknownOnly) return undefined;
	const unknown = new Set(issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys : [])));
	const known = Object.fromEntries(Object.entries(data).filter(([key]) => !unknown.has(key)));
	const result = frontmatterSchema.safeParse(known);
	return result.success ? result.data : undefined;
}
