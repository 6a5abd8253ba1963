// What `cairn new <kind>` writes for each kind, one planner per kind: the new file's path in the
// client folder and the frontmatter fields set in the kind's template. Pure: the date, the
// client's documents and the options come in; `document.ts` turns a plan into the file's text.
import { addDuration, type IsoDate } from '../../core/dates.ts';
import type { KindName } from '../../core/kinds.ts';
import { UserError } from '../errors.ts';
import type { LoadedDocument } from '../project.ts';
import { dateField, type FieldPath, type FieldValue } from './frontmatter-edit.ts';
import { adrId, fileStem, nextAdrNumber } from './names.ts';

export type Fields = [FieldPath, FieldValue][];

/** The options of `cairn new <kind>`; each kind reads the ones it has. */
export interface DocumentOptions {
	client: string;
	title: string;
	description?: string;
	owner?: string;
	tag?: string[];
	status?: string;
	decisionMakers?: string;
	date?: string;
	supersedes?: string[];
	/** One service for a runbook; for a postmortem, each `--service` given. */
	service?: string | string[];
	severity?: string;
	started?: string;
	detected?: string;
	resolved?: string;
	alert?: string[];
	start?: string;
	folder?: string;
}

export interface KindPlan {
	/** Path inside the client folder. */
	path: string;
	fields: Fields;
	/** For an ADR: its id, and the records it supersedes, which are marked superseded by it. */
	adr?: { id: string; supersedes: LoadedDocument[] };
}

export interface PlanInput {
	today: IsoDate;
	/** The client's documents as they are. */
	documents: readonly LoadedDocument[];
	options: DocumentOptions;
}

type KindPlanner = (input: PlanInput) => KindPlan;

function list(value: string | undefined): string[] {
	return (value ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean);
}

function adrPlan({ today, documents, options: o }: PlanInput): KindPlan {
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
	if (status === 'accepted' || o.date) fields.push([['date'], dateField(o.date ?? today)]);
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

/** One planner per kind: a kind added to the registry without one is a type error here. */
export const planners: Record<KindName, KindPlanner> = {
	adr: adrPlan,
	runbook: ({ today, options: o }) => ({
		path: `runbooks/${fileStem(o.title)}.mdx`,
		fields: [
			[['service'], [o.service ?? ''].flat()[0] ?? ''],
			[['severity'], o.severity ?? 'sev3'],
			[['alerts'], o.alert ?? []],
			[['lastReviewed'], dateField(today)],
		],
	}),
	roadmap: ({ today, options: o }) => {
		const start = o.start ?? today;
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
	plan: ({ today, options: o }) => ({
		path: `plan/${fileStem(o.title)}.mdx`,
		fields: [[['start'], dateField(o.start ?? today)]],
	}),
	postmortem: ({ today, options: o }) => {
		const started = o.started ?? '';
		return {
			path: `postmortems/${started.slice(0, 10)}-${fileStem(o.title)}.mdx`,
			fields: [
				[['severity'], o.severity ?? 'sev2'],
				[['services'], [o.service ?? []].flat()],
				[['started'], started],
				[['detected'], o.detected ?? started],
				[['resolved'], o.resolved ?? o.detected ?? started],
				[['actions', 0, 'due'], dateField(addDuration(today, { amount: 30, unit: 'd' }))],
			],
		};
	},
	architecture: ({ options: o }) => ({ path: `architecture/${fileStem(o.title)}.mdx`, fields: [] }),
	security: ({ today, options: o }) => ({
		path: `security/${fileStem(o.title)}.mdx`,
		fields: [[['controls', 0, 'due'], dateField(addDuration(today, { amount: 3, unit: 'm' }))]],
	}),
	debt: ({ options: o }) => ({ path: `debt/${fileStem(o.title)}.mdx`, fields: [] }),
	vendor: ({ options: o }) => ({ path: `vendors/${fileStem(o.title)}.mdx`, fields: [] }),
	hiring: ({ today, options: o }) => {
		const quarter = o.start ?? `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
		return { path: `hiring/${fileStem(o.title)}.mdx`, fields: [[['roles', 0, 'quarter'], quarter]] };
	},
	budget: ({ today, options: o }) => ({
		path: `budget/${fileStem(o.title)}.mdx`,
		fields: [[['start'], dateField(o.start ?? `${today.slice(0, 4)}-01-01`)]],
	}),
	diligence: ({ options: o }) => ({ path: `diligence/${fileStem(o.title)}.mdx`, fields: [] }),
	page: ({ options: o }) => ({
		path: `${(o.folder ?? 'pages').replace(/^\/+|\/+$/g, '')}/${fileStem(o.title)}.mdx`,
		fields: [],
	}),
};
