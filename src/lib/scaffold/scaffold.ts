// The files `cairn new` writes, as data: a client folder's client.yaml and home page, or a
// document of a kind from its template (and, for an ADR that supersedes others, their updated
// frontmatter). Each new file is checked as `cairn check` would check it before anything is
// written. Pure: templates and existing texts come in, planned writes go out (write-fs.ts writes).
import { addDuration, type IsoDate } from '../../core/dates.ts';
import type { KindName } from '../../core/kinds.ts';
import { readClientSource } from '../client-source.ts';
import { readDocumentSource } from '../document-source.ts';
import { UserError } from '../errors.ts';
import { CLIENT_FILE, CONTENT_DIR } from '../paths.ts';
import type { Problem } from '../problems/problem.ts';
import type { LoadedDocument } from '../project.ts';
import { dateField, setFrontmatterFields, setYamlFields } from './frontmatter-edit.ts';
import { planners, type DocumentOptions, type Fields } from './planners.ts';

export interface PlannedWrite {
	/** Project-relative: `content/acme/adr/0003-queue.mdx`. */
	file: string;
	text: string;
	/** Whether the file exists and is being changed on purpose (a superseded ADR). */
	update: boolean;
	message: string;
}

/** Refuses problems in a document or client.yaml about to be written, naming the field. */
function refuseInvalid(problems: readonly Problem[], what: string): void {
	const errors = problems.filter((p) => p.severity === 'error');
	if (!errors.length) return;
	const details = errors.map((p) => `${p.field ? `${p.field}: ` : ''}${p.message}`).join('; ');
	throw new UserError('NewWouldBeInvalid', { what, details });
}

export interface ClientScaffold {
	slug: string;
	name: string;
	today: IsoDate;
	start?: string | undefined;
	end?: string | undefined;
	templates: { clientYaml: string; home: string };
}

/** A new client folder: client.yaml and a home page. */
export function clientScaffold({ slug, name, today, start = today, end, templates }: ClientScaffold): PlannedWrite[] {
	const yaml = setYamlFields(templates.clientYaml, [
		[['name'], name],
		[['slug'], slug],
		[['engagement', 'start'], dateField(start)],
		[['engagement', 'end'], dateField(end ?? addDuration(start, { amount: 6, unit: 'm' }))],
	]);
	const folder = `${CONTENT_DIR}/${slug}`;
	refuseInvalid(readClientSource(`${folder}/${CLIENT_FILE}`, yaml, slug, () => 'missing').problems, 'client.yaml');
	const home = setFrontmatterFields(templates.home, [[['title'], `${name} handover`]]);
	return [
		{ file: `${folder}/${CLIENT_FILE}`, text: yaml, update: false, message: `Created ${folder}/${CLIENT_FILE}` },
		{ file: `${folder}/index.mdx`, text: home, update: false, message: `Created ${folder}/index.mdx` },
	];
}

export interface DocumentScaffold {
	kind: KindName;
	client: string;
	today: IsoDate;
	documents: readonly LoadedDocument[];
	options: DocumentOptions;
	/** The kind's template, templates/<kind>.mdx. */
	template: string;
}

/** A new document of a kind, and the records it supersedes marked so. */
export function documentScaffold(input: DocumentScaffold): PlannedWrite[] {
	const { kind, client, options } = input;
	const plan = planners[kind]({ today: input.today, documents: input.documents, options });
	if (plan.path.split('/').some((part) => part === '..' || part === '')) {
		throw new UserError('NewPathOutsideClient', { path: plan.path });
	}
	const common: Fields = [[['title'], options.title]];
	if (options.description) common.push([['description'], options.description]);
	if (options.owner) common.push([['owner'], options.owner]);
	if (options.tag?.length) common.push([['tags'], options.tag]);
	const text = setFrontmatterFields(input.template, [...common, ...plan.fields]);
	const file = `${CONTENT_DIR}/${client}/${plan.path}`;
	refuseInvalid(readDocumentSource(file, text).problems, kind);

	const { adr } = plan;
	const updates = (adr?.supersedes ?? []).map((previous): PlannedWrite => ({
		file: previous.file,
		// The record as it was read and checked a moment ago; only its frontmatter changes.
		text: setFrontmatterFields(previous.text, [
			[['status'], 'superseded'],
			[['supersededBy'], adr?.id ?? ''],
		]),
		update: true,
		message: `Marked ${previous.data?.kind === 'adr' ? previous.data.id : previous.file} superseded by ${adr?.id ?? ''} in ${previous.file}`,
	}));
	const created = `Created ${file}${adr ? ` (${adr.id})` : ''}`;
	return [{ file, text, update: false, message: created }, ...updates];
}
