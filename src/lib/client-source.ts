// Validates a client.yaml text against the client schema, every problem positioned.
import { clientSchema, type ClientConfig } from '../schemas/client.ts';
import { problemsFromZod } from './problems/from-zod.ts';
import { problemsFromYaml } from './problems/from-yaml.ts';
import { problem, type Problem } from './problems/problem.ts';
import type { FileState } from './paths.ts';
import { parseYaml } from './yaml-source.ts';

export interface ClientSource {
	file: string;
	config: ClientConfig | undefined;
	problems: Problem[];
}

/**
 * `folder` is the name of the client's folder, which the slug must equal; `fileAt` says what is at
 * a path inside that folder, after following links (the logo).
 */
export function readClientSource(
	file: string,
	text: string,
	folder: string,
	fileAt: (pathInFolder: string) => FileState,
): ClientSource {
	const yaml = parseYaml(text);
	if (yaml.errors.length) {
		const problems = problemsFromYaml(file, yaml);
		return { file, config: undefined, problems };
	}
	if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
		return { file, config: undefined, problems: [problem('NotAMapping', {}, { file, line: 1, column: 1 })] };
	}
	const result = clientSchema.safeParse(yaml.data, { reportInput: true });
	const problems = result.success
		? []
		: problemsFromZod(result.error.issues, { file, source: yaml, schema: clientSchema, data: yaml.data });
	const slug = (yaml.data as { slug?: unknown }).slug;
	if (typeof slug === 'string' && slug !== folder && !problems.some((p) => p.field === 'slug')) {
		const { line, column } = yaml.locate(['slug']);
		problems.push(problem('SlugMismatch', { slug, folder }, { file, line, column, field: 'slug' }));
	}
	const logo = result.data?.logo;
	const logoState = logo ? fileAt(logo) : 'file';
	if (logo && logoState !== 'file') {
		const { line, column } = yaml.locate(['logo']);
		const path = `${file.replace(/[^/]*$/, '')}${logo}`;
		const where = { file, line, column, field: 'logo' };
		problems.push(
			logoState === 'outside'
				? problem('FileOutsideClient', { target: logo, what: 'the logo' }, where)
				: problem('LogoNotFound', { path }, where),
		);
	}
	return { file, config: problems.length ? undefined : result.data, problems };
}
