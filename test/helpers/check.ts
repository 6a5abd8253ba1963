// Runs the whole check on a client given as texts, the way `cairn check` would on disk.
import { checkProject } from '../../src/lib/check/index.ts';
import { assembleClient } from '../../src/lib/project.ts';
import { formatProblem } from '../../src/lib/problems/report-text.ts';

export const CLIENT_YAML = `name: Acme
slug: acme
engagement:
  start: 2026-01-05
  end: 2026-06-30
`;

/** Document texts by path inside the client folder; `client.yaml` overrides the default. */
export type CheckFiles = Record<string, string>;

/** The formatted problem lines of a client made of these files, checked on `today`. */
export function checkFiles(
	files: CheckFiles,
	options: { today?: string; strict?: boolean; extraFiles?: string[] } = {},
): string[] {
	const { 'client.yaml': clientYaml = CLIENT_YAML, ...documents } = files;
	const paths = new Set([...Object.keys(files), ...(options.extraFiles ?? [])]);
	const project = assembleClient({
		slug: 'acme',
		dir: '/nowhere/content/acme',
		clientYaml,
		documents: Object.entries(documents).map(([path, text]) => ({ path, text })),
		fileAt: (path) => (paths.has(path) ? 'file' : 'missing'),
	});
	return checkProject(project, {
		today: options.today ?? '2026-11-24',
		publicFiles: new Set(['favicon.svg']),
		fileAt: (path) => (paths.has(path) ? 'file' : 'missing'),
		strict: options.strict ?? false,
	}).map(formatProblem);
}

/** A minimal ADR document. */
export function adr(id: string, extra = '', body = 'Body.\n'): string {
	return `---\ntitle: Decision ${id}\nkind: adr\nid: ${id}\nstatus: proposed\n${extra}---\n${body}`;
}
