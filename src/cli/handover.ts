// `cairn handover <client> --out <folder>`: writes the client's own repository (see
// src/lib/handover/export-fs.ts). The folder must be new or empty and outside content/; the client
// must pass `cairn check`, secrets included. A failed export leaves nothing behind.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { clientRuleFiles } from '../lib/alerts/rule-files-fs.ts';
import { UserError } from '../lib/errors.ts';
import { CONTENT_DIR, isInsideFolder } from '../lib/paths.ts';
import { formatProblems } from '../lib/problems/report-text.ts';
import { checkClients } from './check.ts';
import type { ValidDocument } from '../lib/check/context.ts';
import { changeDates } from '../lib/git-dates-fs.ts';
import { handoverReadiness } from '../lib/handover/readiness.ts';
import { requireClient, today, type CliContext } from './context.ts';

export interface HandoverOptions {
	out?: string;
	/** List what would embarrass the handover instead of writing the repository. */
	check: boolean;
	/** With --check: exit 1 when there is anything to list. */
	strict: boolean;
}

/** `cairn handover <client> --check`: the loose ends to tie before the handover, each at its file. */
async function readinessCommand(ctx: CliContext, client: string, strict: boolean): Promise<number> {
	const [checked] = (await checkClients(ctx, client)).clients;
	const project = checked?.project;
	if (!project?.config) throw new UserError('ClientHasErrors', { client, action: 'its handover can be checked' });
	const documents = project.documents.filter((d): d is ValidDocument => d.data !== undefined);
	const paths = documents.map((d) => d.path);
	const changed = changeDates(project.dir, paths).dates;
	const findings = handoverReadiness({ slug: client, config: project.config, documents, today: today(ctx), changed });
	if (findings.length) ctx.out(formatProblems(findings));
	ctx.out(
		findings.length
			? `${findings.length} ${findings.length === 1 ? 'loose end' : 'loose ends'} to tie before handing over ${client}.`
			: `${client} is ready to hand over: no loose ends.`,
	);
	return strict && findings.length ? 1 : 0;
}

export async function handoverCommand(ctx: CliContext, slug: string, options: HandoverOptions): Promise<number> {
	const client = await requireClient(ctx, slug);
	if (options.check) return readinessCommand(ctx, client, options.strict);
	if (!options.out) {
		throw new UserError('HandoverNeedsOut', { client });
	}
	const out = resolve(ctx.cwd, options.out);
	const shown = options.out;
	if (isInsideFolder(join(ctx.projectRoot, CONTENT_DIR), out)) {
		throw new UserError('HandoverOutInsideContent', { out: shown, client });
	}
	const existed = existsSync(out);
	if (existed && !statSync(out).isDirectory()) throw new UserError('HandoverOutIsFile', { out: shown });
	if (existed && readdirSync(out).length > 0) {
		throw new UserError('HandoverOutNotEmpty', { out: shown });
	}
	const [checked] = (await checkClients(ctx, client)).clients;
	const errors = checked?.problems.filter((p) => p.severity === 'error') ?? [];
	if (!checked?.project.config || errors.length) {
		ctx.err(formatProblems(errors));
		throw new UserError('ClientHasErrors', { client, action: 'it can be handed over' });
	}
	// The alerting rules go along at the same place, so that client.yaml's paths still lead to them.
	const rules = await clientRuleFiles(checked.project);
	// Not outside the repository (missing there), nor in another client's folder (never theirs to get).
	const content = join(ctx.projectRoot, CONTENT_DIR);
	const outside = rules.filter(
		(file) =>
			!isInsideFolder(ctx.projectRoot, file) ||
			(isInsideFolder(content, file) && !isInsideFolder(checked.project.dir, file)),
	);
	if (outside.length) {
		const shownFile = (file: string) =>
			isInsideFolder(ctx.projectRoot, file) ? relative(ctx.projectRoot, file) : file;
		throw new UserError('HandoverRulesOutside', { files: outside.map(shownFile).join(', ') });
	}
	ctx.out(`Handing over ${client} into ${shown}…`);
	const { exportHandover } = await import('../lib/handover/export-fs.ts');
	try {
		const result = await exportHandover({
			engineRoot: ctx.engineRoot,
			project: checked.project,
			projectRoot: ctx.projectRoot,
			ruleFiles: rules.filter((file) => !isInsideFolder(checked.project.dir, file)),
			out,
			fallbackAuthor: { name: 'Cairn handover', email: 'handover@cairn.invalid' },
		});
		if (result.lockfileSkipped)
			ctx.err(`No package-lock.json: npm could not reach the registry (${result.lockfileSkipped}).`);
		ctx.out(`Wrote ${result.files} files and one commit to ${shown}, with the generator in vendor/${result.engine}.`);
		ctx.out(`Next: cd ${shown} && npm run build && npm test; then push it to the client's own git host.`);
		return 0;
	} catch (error) {
		// Nothing half-written: the folder goes back to what it was, new or empty.
		await rm(out, { recursive: true, force: true });
		if (existed) await mkdir(out);
		throw error;
	}
}
