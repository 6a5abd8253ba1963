// `cairn new`: scaffolds a client or a document from templates/. The commands and their options
// are here; what each kind writes is planned in src/lib/scaffold/ (planners.ts, scaffold.ts) and
// written by src/lib/scaffold/write-fs.ts, which never overwrites a file.
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { kindEntry, kindNames, type KindName } from '../core/kinds.ts';
import { adrStatuses, severities } from '../core/vocabulary.ts';
import { UserError } from '../lib/errors.ts';
import { refreshSchemaFiles } from '../lib/editor-schemas-fs.ts';
import { CLIENT_FILE, CONTENT_DIR } from '../lib/paths.ts';
import { loadClient, readClientFolders } from '../lib/project-fs.ts';
import type { DocumentOptions } from '../lib/scaffold/planners.ts';
import { clientScaffold, documentScaffold } from '../lib/scaffold/scaffold.ts';
import { readTemplate, writeScaffold } from '../lib/scaffold/write-fs.ts';
import { EDITOR_SCHEMAS_DIR, editorSchemas } from '../schemas/editor.ts';
import { slug as slugSchema } from '../schemas/client.ts';
import { requireClient, today, type CliContext } from './context.ts';

function collect(value: string, previous: string[] = []): string[] {
	return [...previous, value];
}

async function newClient(ctx: CliContext, slug: string, options: { name: string; start?: string; end?: string }) {
	if (!slugSchema.safeParse(slug).success) {
		throw new UserError('BadClientSlug', { slug });
	}
	const folders = await readClientFolders(ctx.projectRoot);
	if (folders.links.includes(slug)) throw new UserError('LinkedClientFolder', {}, { at: `${CONTENT_DIR}/${slug}` });
	if (folders.clients.includes(slug)) {
		throw new UserError('ClientExists', { slug, dir: `${CONTENT_DIR}/${slug}/` });
	}
	const [clientYaml, home] = await Promise.all([
		readTemplate(ctx.engineRoot, CLIENT_FILE),
		readTemplate(ctx.engineRoot, 'home.mdx'),
	]);
	const writes = clientScaffold({ slug, ...options, today: today(ctx), templates: { clientYaml, home } });
	await writeScaffold(ctx.projectRoot, writes, ctx.out);
	// What its client.yaml's first line points an editor at.
	refreshSchemaFiles(join(ctx.projectRoot, EDITOR_SCHEMAS_DIR), editorSchemas());
	ctx.out(`Next: edit the summary in client.yaml, then npx cairn new adr --client ${slug} --title "…"`);
	return 0;
}

async function newDocument(ctx: CliContext, kind: KindName, options: DocumentOptions) {
	const client = await requireClient(ctx, options.client);
	const project = await loadClient(ctx.projectRoot, client);
	const template = await readTemplate(ctx.engineRoot, `${kind}.mdx`);
	const writes = documentScaffold({ kind, client, today: today(ctx), documents: project.documents, options, template });
	await writeScaffold(ctx.projectRoot, writes, ctx.out);
	return 0;
}

/** Adds `cairn new client` and `cairn new <kind>` for every document kind. */
export function registerNewCommands(
	program: Command,
	context: () => CliContext,
	run: (fn: () => Promise<number>) => () => Promise<void>,
): void {
	const command = program.command('new').description('create a client, or a document of a kind, from templates/');

	command
		.command('client')
		.description('create content/<slug>/ with a client.yaml and a home page')
		.argument('<slug>', 'the client folder name: lowercase letters, digits, hyphens')
		.requiredOption('--name <name>', 'the client’s display name')
		.option('--start <date>', 'first day of the engagement (default: today)')
		.option('--end <date>', 'last day of the engagement (default: six months after the start)')
		.action(function (this: Command, slug: string) {
			const o = this.opts<{ name: string; start?: string; end?: string }>();
			return run(() => newClient(context(), slug, o))();
		});

	const documentCommand = (name: string, description: string) =>
		command
			.command(name)
			.description(description)
			.requiredOption('-c, --client <slug>', 'the client (a folder under content/)')
			.requiredOption('--title <title>', 'the document’s title')
			.option('--description <text>', 'one or two sentences on what it is for')
			.option('--owner <name>', 'who keeps it current')
			.option('--tag <tag>', 'a tag (repeat for more)', collect);

	const action = (kind: KindName) =>
		function (this: Command) {
			return run(() => newDocument(context(), kind, this.opts<DocumentOptions>()))();
		};

	// One entry per document kind: a kind added to the registry without its command is a type
	// error here, never a crash when the CLI starts.
	const commands = {
		adr: () =>
			documentCommand('adr', 'a decision record with the next free number, from templates/adr.mdx')
				.addOption(new Option('--status <status>', 'its status').choices(adrStatuses).default('proposed'))
				.option('--decision-makers <names>', 'who decided, comma-separated (needed when accepted)')
				.option('--date <date>', 'the decision date (default: today, when accepted)')
				.option('--supersedes <id>', 'an ADR this one replaces; it is marked superseded (repeat for more)', collect),
		runbook: () =>
			documentCommand('runbook', 'a runbook, from templates/runbook.mdx')
				.requiredOption('--service <name>', 'the service it is for')
				.addOption(new Option('--severity <level>', 'how bad the situation is').choices(severities).default('sev3'))
				.option('--alert <name>', 'an alert that leads here (repeat for more)', collect),
		postmortem: () =>
			documentCommand('postmortem', 'an incident review, from templates/postmortem.mdx')
				.requiredOption('--service <name>', 'a service it touched (repeat for more)', collect)
				.requiredOption('--started <time>', 'when it began, e.g. 2026-03-14T02:10Z (UTC unless a zone is given)')
				.option('--detected <time>', 'when it was noticed (default: when it began)')
				.option('--resolved <time>', 'when service was restored (default: when it was noticed)')
				.addOption(new Option('--severity <level>', 'how bad it was').choices(severities).default('sev2')),
		roadmap: () =>
			documentCommand('roadmap', 'a 12-month roadmap, from templates/roadmap.mdx').option(
				'--start <date>',
				'first day it covers (default: today)',
			),
		plan: () =>
			documentCommand('plan', 'a 90-day plan, from templates/plan.mdx').option(
				'--start <date>',
				'day 0 of the plan (default: today)',
			),
		architecture: () =>
			documentCommand('architecture', 'an architecture overview with a diagram, from templates/architecture.mdx'),
		security: () => documentCommand('security', 'a security baseline, from templates/security.mdx'),
		debt: () => documentCommand('debt', 'a tech-debt register, from templates/debt.mdx'),
		vendor: () => documentCommand('vendor', 'a vendor evaluation, from templates/vendor.mdx'),
		hiring: () =>
			documentCommand('hiring', 'a hiring plan (internal), from templates/hiring.mdx').option(
				'--start <quarter>',
				'the quarter of the first role, e.g. 2027-Q1 (default: the current quarter)',
			),
		budget: () =>
			documentCommand('budget', 'a technology budget (internal), from templates/budget.mdx').option(
				'--start <date>',
				'the first day of the budget year (default: 1 January of this year)',
			),
		diligence: () => documentCommand('diligence', 'the investor narrative, from templates/diligence.mdx'),
		page: () =>
			documentCommand('page', 'any other page, from templates/page.mdx').option(
				'--folder <folder>',
				'the folder inside the client to put it in',
				'pages',
			),
	} satisfies Record<KindName, () => Command>;
	// A kind whose entry is missing (a type error above) gets no command at run time.
	for (const kind of kindNames) kindEntry<() => Command>(commands, kind)?.().action(action(kind));
}
