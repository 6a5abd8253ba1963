// `cairn new`: scaffolds a client or a document from templates/. Nothing is overwritten: a target
// that exists stops the command before anything is written. `new adr --supersedes` also updates
// the superseded records' frontmatter, leaving their bodies untouched.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { addDuration } from '../core/dates.ts';
import { readClientSource } from '../lib/client-source.ts';
import { readDocumentSource } from '../lib/document-source.ts';
import { UserError } from '../lib/errors.ts';
import { CLIENT_FILE, CONTENT_DIR } from '../lib/paths.ts';
import type { Problem } from '../lib/problems/problem.ts';
import { loadClient, readClientFolders } from '../lib/project-fs.ts';
import type { LoadedDocument } from '../lib/project.ts';
import {
	dateField,
	setFrontmatterFields,
	setYamlFields,
	type FieldPath,
	type FieldValue,
} from '../lib/scaffold/frontmatter-edit.ts';
import { adrId, fileStem, nextAdrNumber } from '../lib/scaffold/names.ts';
import { adrStatuses } from '../schemas/adr.ts';
import { slug as slugSchema } from '../schemas/client.ts';
import { kindNames, type KindName } from '../schemas/document.ts';
import { severities } from '../schemas/runbook.ts';
import { requireClient, today, type CliContext } from './context.ts';

type Fields = [FieldPath, FieldValue][];

interface PlannedWrite {
	path: string;
	text: string;
	/** Whether the file exists and is being changed on purpose (a superseded ADR). */
	update: boolean;
	message: string;
}

function list(value: string | undefined): string[] {
	return (value ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean);
}

function collect(value: string, previous: string[] = []): string[] {
	return [...previous, value];
}

async function template(ctx: CliContext, name: string): Promise<string> {
	return readFile(join(ctx.engineRoot, 'templates', name), 'utf8');
}

/** Refuses problems in a document or client.yaml about to be written, naming the field. */
function refuseInvalid(problems: readonly Problem[], what: string): void {
	const errors = problems.filter((p) => p.severity === 'error');
	if (!errors.length) return;
	const details = errors.map((p) => `${p.field ? `${p.field}: ` : ''}${p.message}`).join('; ');
	throw new UserError('NewWouldBeInvalid', { what, details });
}

/** Writes the planned files, after making sure no new file would replace an existing one. */
async function write(ctx: CliContext, writes: readonly PlannedWrite[]): Promise<number> {
	for (const w of writes) {
		if (!w.update && existsSync(w.path)) {
			throw new UserError('NewFileExists', { path: w.path.slice(ctx.projectRoot.length + 1) });
		}
	}
	for (const w of writes) {
		await mkdir(dirname(w.path), { recursive: true });
		await writeFile(w.path, w.text, { flag: w.update ? 'w' : 'wx' });
		ctx.out(w.message);
	}
	return 0;
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
	const start = options.start ?? today(ctx);
	const end = options.end ?? addDuration(start, { amount: 6, unit: 'm' });
	const yaml = setYamlFields(await template(ctx, CLIENT_FILE), [
		[['name'], options.name],
		[['slug'], slug],
		[['engagement', 'start'], dateField(start)],
		[['engagement', 'end'], dateField(end)],
	]);
	const dir = join(ctx.projectRoot, CONTENT_DIR, slug);
	refuseInvalid(
		readClientSource(`${CONTENT_DIR}/${slug}/${CLIENT_FILE}`, yaml, slug, () => 'missing').problems,
		'client.yaml',
	);
	const home = setFrontmatterFields(await template(ctx, 'home.mdx'), [[['title'], `${options.name} handover`]]);
	await write(ctx, [
		{
			path: join(dir, CLIENT_FILE),
			text: yaml,
			update: false,
			message: `Created ${CONTENT_DIR}/${slug}/${CLIENT_FILE}`,
		},
		{ path: join(dir, 'index.mdx'), text: home, update: false, message: `Created ${CONTENT_DIR}/${slug}/index.mdx` },
	]);
	ctx.out(`Next: edit the summary in client.yaml, then npx cairn new adr --client ${slug} --title "…"`);
	return 0;
}

/** The options of `cairn new <kind>`; each kind reads the ones it has. */
interface DocumentOptions {
	client: string;
	title: string;
	description?: string;
	owner?: string;
	tag?: string[];
	status?: string;
	decisionMakers?: string;
	date?: string;
	supersedes?: string[];
	service?: string;
	severity?: string;
	alert?: string[];
	start?: string;
	folder?: string;
}

interface KindPlan {
	/** Path inside the client folder. */
	path: string;
	fields: Fields;
	/** For an ADR: its id, and the records it supersedes, which are marked superseded by it. */
	adr?: { id: string; supersedes: LoadedDocument[] };
}

type KindPlanner = (ctx: CliContext, documents: readonly LoadedDocument[], options: DocumentOptions) => KindPlan;

function adrPlan(ctx: CliContext, documents: readonly LoadedDocument[], o: DocumentOptions): KindPlan {
	const ids = documents.flatMap((d) => (d.data?.kind === 'adr' ? [d.data.id] : []));
	const id = adrId(
		nextAdrNumber(
			ids,
			documents.map((d) => d.path),
		),
	);
	const status = o.status ?? 'proposed';
	const decisionMakers = list(o.decisionMakers);
	const supersedes = o.supersedes ?? [];
	const fields: Fields = [
		[['id'], id],
		[['status'], status],
	];
	if (decisionMakers.length) fields.push([['decisionMakers'], decisionMakers]);
	if (status === 'accepted' || o.date) fields.push([['date'], dateField(o.date ?? today(ctx))]);
	if (supersedes.length) fields.push([['supersedes'], supersedes]);

	const superseded = supersedes.map((old) => {
		const previous = documents.find((d) => d.data?.kind === 'adr' && d.data.id === old);
		if (!previous) throw new UserError('NoAdrToSupersede', { id: old });
		if (previous.data?.kind === 'adr' && previous.data.supersededBy) {
			throw new UserError('AlreadySuperseded', { id: old, by: previous.data.supersededBy });
		}
		return previous;
	});
	return {
		path: `adr/${id.slice(4)}-${fileStem(o.title)}.mdx`,
		fields,
		adr: { id, supersedes: superseded },
	};
}

const planners: Record<string, KindPlanner> = {
	adr: adrPlan,
	runbook: (ctx, _documents, o) => ({
		path: `runbooks/${fileStem(o.title)}.mdx`,
		fields: [
			[['service'], o.service ?? ''],
			[['severity'], o.severity ?? 'sev3'],
			[['alerts'], o.alert ?? []],
			[['lastReviewed'], dateField(today(ctx))],
		],
	}),
	roadmap: (ctx, _documents, o) => {
		const start = o.start ?? today(ctx);
		const end = addDuration(addDuration(start, { amount: 12, unit: 'm' }), { amount: -1, unit: 'd' });
		return {
			path: `roadmap/${fileStem(o.title)}.mdx`,
			fields: [
				[['horizon', 'start'], dateField(start)],
				[['horizon', 'end'], dateField(end)],
				[['items', 0, 'start'], dateField(start)],
				[['items', 0, 'end'], dateField(addDuration(start, { amount: 89, unit: 'd' }))],
			],
		};
	},
	plan: (ctx, _documents, o) => ({
		path: `plan/${fileStem(o.title)}.mdx`,
		fields: [[['start'], dateField(o.start ?? today(ctx))]],
	}),
	architecture: (_ctx, _documents, o) => ({ path: `architecture/${fileStem(o.title)}.mdx`, fields: [] }),
	security: (ctx, _documents, o) => ({
		path: `security/${fileStem(o.title)}.mdx`,
		fields: [[['controls', 0, 'due'], dateField(addDuration(today(ctx), { amount: 3, unit: 'm' }))]],
	}),
	debt: (_ctx, _documents, o) => ({ path: `debt/${fileStem(o.title)}.mdx`, fields: [] }),
	vendor: (_ctx, _documents, o) => ({ path: `vendors/${fileStem(o.title)}.mdx`, fields: [] }),
	hiring: (ctx, _documents, o) => {
		const now = today(ctx);
		const quarter = o.start ?? `${now.slice(0, 4)}-Q${Math.floor((Number(now.slice(5, 7)) - 1) / 3) + 1}`;
		return { path: `hiring/${fileStem(o.title)}.mdx`, fields: [[['roles', 0, 'quarter'], quarter]] };
	},
	budget: (ctx, _documents, o) => ({
		path: `budget/${fileStem(o.title)}.mdx`,
		fields: [[['start'], dateField(o.start ?? `${today(ctx).slice(0, 4)}-01-01`)]],
	}),
	diligence: (_ctx, _documents, o) => ({ path: `diligence/${fileStem(o.title)}.mdx`, fields: [] }),
	page: (_ctx, _documents, o) => ({
		path: `${(o.folder ?? 'pages').replace(/^\/+|\/+$/g, '')}/${fileStem(o.title)}.mdx`,
		fields: [],
	}),
};

async function newDocument(ctx: CliContext, kind: string, options: DocumentOptions) {
	const client = await requireClient(ctx, options.client);
	const project = await loadClient(ctx.projectRoot, client);
	const planner = planners[kind];
	if (!planner) throw new UserError('UnknownKind', { options: kindNames, received: `"${kind}"` });
	const plan = planner(ctx, project.documents, options);
	if (plan.path.split('/').some((part) => part === '..' || part === '')) {
		throw new UserError('NewPathOutsideClient', { path: plan.path });
	}
	const common: Fields = [[['title'], options.title]];
	if (options.description) common.push([['description'], options.description]);
	if (options.owner) common.push([['owner'], options.owner]);
	if (options.tag?.length) common.push([['tags'], options.tag]);
	const text = setFrontmatterFields(await template(ctx, `${kind}.mdx`), [...common, ...plan.fields]);
	const file = `${CONTENT_DIR}/${client}/${plan.path}`;
	refuseInvalid(readDocumentSource(file, text).problems, kind);

	const { adr } = plan;
	const updates = await Promise.all(
		(adr?.supersedes ?? []).map(async (previous): Promise<PlannedWrite> => {
			const path = join(ctx.projectRoot, previous.file);
			const fields: Fields = [
				[['status'], 'superseded'],
				[['supersededBy'], adr?.id ?? ''],
			];
			return {
				path,
				text: setFrontmatterFields(await readFile(path, 'utf8'), fields),
				update: true,
				message: `Marked ${previous.data?.kind === 'adr' ? previous.data.id : previous.file} superseded by ${adr?.id ?? ''} in ${previous.file}`,
			};
		}),
	);
	const created = `Created ${file}${adr ? ` (${adr.id})` : ''}`;
	return write(ctx, [{ path: join(ctx.projectRoot, file), text, update: false, message: created }, ...updates]);
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
	for (const kind of kindNames) commands[kind]().action(action(kind));
}
