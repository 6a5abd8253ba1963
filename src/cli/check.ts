// `cairn check`: validates clients without starting Astro and prints every problem at once.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClientAlerts } from '../lib/alerts/rule-files-fs.ts';
import type { ValidDocument } from '../lib/check/context.ts';
import { checkProject, strictly } from '../lib/check/index.ts';
import { refreshSchemaFiles } from '../lib/editor-schemas-fs.ts';
import { CONTENT_DIR } from '../lib/paths.ts';
import { clientFileAt, loadClient, readClientFolders, type ClientProject } from '../lib/project-fs.ts';
import { problem, sortProblems, type Problem } from '../lib/problems/problem.ts';
import { formatProblems, summarize } from '../lib/problems/report-text.ts';
import type { SecretFinding } from '../lib/secrets/scan.ts';
import { EDITOR_SCHEMAS_DIR, editorSchemas } from '../schemas/editor.ts';
import { selectClients, today, type CliContext } from './context.ts';

export interface CheckOptions {
	client?: string;
	format: 'text' | 'json';
	strict: boolean;
}

export interface ClientCheck {
	project: ClientProject;
	problems: Problem[];
}

export interface CheckResult {
	clients: ClientCheck[];
	problems: Problem[];
	documents: number;
	/** Secrets kept on purpose with the allow marker: listed by check, never an error. */
	allowedSecrets: SecretFinding[];
}

/** Secrets found in a client: each one not allowed is an error at its position. */
function secretProblems(findings: readonly SecretFinding[]): Problem[] {
	return findings
		.filter((f) => !f.allowed)
		.map(({ file, line, column, what, rule, masked }) =>
			problem('SecretFound', { what, rule, masked }, { file, line, column }),
		);
}

/**
 * The alerting rules' problems, then coverage: alerts without runbooks, runbook alerts no rule
 * defines. Loaded only for a client whose client.yaml lists rule files.
 */
async function alertProblems(ctx: CliContext, project: ClientProject, strict: boolean): Promise<Problem[]> {
	if (!project.config?.alerting) return [];
	const [{ readClientAlerts }, { alertCoverage }] = await Promise.all([
		import('../lib/alerts/rule-files-fs.ts'),
		import('../lib/alerts/coverage.ts'),
	]);
	const alerting: ClientAlerts = await readClientAlerts(ctx.projectRoot, project);
	const documents = project.documents.filter((d): d is ValidDocument => d.data !== undefined);
	const problems = [...alerting.problems, ...alertCoverage(project.slug, documents, alerting.alerts)];
	return strictly(problems, strict);
}

async function publicFiles(engineRoot: string): Promise<Set<string>> {
	const dir = join(engineRoot, 'public');
	if (!existsSync(dir)) return new Set();
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return new Set(entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)));
}

/** Loads and checks the selected clients (all of them without --client). */
export async function checkClients(ctx: CliContext, client: string | undefined, strict = false): Promise<CheckResult> {
	const slugs = await selectClients(ctx, client);
	refreshSchemaFiles(join(ctx.projectRoot, EDITOR_SCHEMAS_DIR), editorSchemas());
	// Without --client, links under content/ are not clients: say so rather than skip them.
	const links = client ? [] : (await readClientFolders(ctx.projectRoot)).links;
	const linked = links.map((slug) =>
		problem('LinkedClientFolder', {}, { file: `${CONTENT_DIR}/${slug}`, line: 1, column: 1 }),
	);
	const [projects, served] = await Promise.all([
		Promise.all(slugs.map((slug) => loadClient(ctx.projectRoot, slug))),
		publicFiles(ctx.engineRoot),
	]);
	// The scanner (secretlint and its rules) loads only when there is something to scan.
	const { scanClientSecrets } = await import('../lib/secrets/client-secrets-fs.ts');
	const secrets = await Promise.all(projects.map((project) => scanClientSecrets(project)));
	const alerting = await Promise.all(projects.map((project) => alertProblems(ctx, project, strict)));
	const clients = projects.map((project, i) => ({
		project,
		problems: sortProblems([
			...checkProject(project, { today: today(ctx), publicFiles: served, fileAt: clientFileAt(project.dir), strict }),
			...secretProblems(secrets[i] ?? []),
			...(alerting[i] ?? []),
		]),
	}));
	return {
		clients,
		problems: sortProblems([...linked, ...clients.flatMap((c) => c.problems)]),
		documents: projects.reduce((n, p) => n + p.documents.length, 0),
		allowedSecrets: secrets.flat().filter((f) => f.allowed),
	};
}

/** The secrets allowed with the marker, so that each stays a decision someone can see and revisit. */
export function formatAllowedSecrets(findings: readonly SecretFinding[]): string {
	const lines = findings.map((f) => `${f.file}:${f.line}:${f.column} allowed ${f.what} (${f.masked}, rule ${f.rule})`);
	return [`Allowed by cairn-allow-secret (${findings.length}):`, ...lines].join('\n');
}

export async function checkCommand(ctx: CliContext, options: CheckOptions): Promise<number> {
	const result = await checkClients(ctx, options.client, options.strict);
	const errors = result.problems.filter((p) => p.severity === 'error').length;
	if (options.format === 'json') {
		const report = {
			clients: result.clients.map((c) => c.project.slug),
			documents: result.documents,
			errors,
			warnings: result.problems.length - errors,
			problems: result.problems,
			allowedSecrets: result.allowedSecrets,
		};
		ctx.out(JSON.stringify(report, null, 2));
	} else {
		if (result.problems.length) ctx.out(formatProblems(result.problems));
		if (result.allowedSecrets.length) ctx.out(formatAllowedSecrets(result.allowedSecrets));
		ctx.out(summarize(result.problems, result.documents));
	}
	return errors ? 1 : 0;
}
