// The registry of document kinds: each kind's name, how the site names it, and its folder, in the
// order the sidebar and the home page list them. Everything per kind elsewhere is a table typed
// by `KindName` (the schemas in src/schemas/document.ts, the CLI's scaffolds, references, facets,
// sidebar, headers…), so adding a kind here makes `npm run lint` name each table left to fill.

export const kinds = [
	{ name: 'adr', label: 'Decisions', singular: 'Decision', folder: 'adr' },
	{ name: 'runbook', label: 'Runbooks', singular: 'Runbook', folder: 'runbooks' },
	{ name: 'postmortem', label: 'Postmortems', singular: 'Postmortem', folder: 'postmortems' },
	{ name: 'architecture', label: 'Architecture', singular: 'Architecture overview', folder: 'architecture' },
	{ name: 'roadmap', label: 'Roadmap', singular: 'Roadmap', folder: 'roadmap' },
	{ name: 'plan', label: '90-day plan', singular: '90-day plan', folder: 'plan' },
	{ name: 'security', label: 'Security', singular: 'Security baseline', folder: 'security' },
	{ name: 'debt', label: 'Tech debt', singular: 'Tech-debt register', folder: 'debt' },
	{ name: 'vendor', label: 'Vendor evaluations', singular: 'Vendor evaluation', folder: 'vendors' },
	{ name: 'hiring', label: 'Hiring', singular: 'Hiring plan', folder: 'hiring' },
	{ name: 'budget', label: 'Budget', singular: 'Technology budget', folder: 'budget' },
	{ name: 'diligence', label: 'Diligence', singular: 'Diligence narrative', folder: 'diligence' },
	// Pages go in any folder.
	{ name: 'page', label: 'Pages', singular: 'Page', folder: undefined },
] as const;

export type Kind = (typeof kinds)[number];
export type KindName = Kind['name'];

export const kindNames: readonly KindName[] = kinds.map((kind) => kind.name);

export function kindByName(name: string): Kind | undefined {
	return kinds.find((kind) => kind.name === name);
}

/**
 * A kind's entry in one of the tables typed by kind (`satisfies Record<KindName, …>`), read as
 * partial: the table's type makes `npm run lint` name a missing entry, and at run time a kind
 * added halfway finds none here (each caller falls back) instead of crashing a command. `T` is what
 * the caller treats every entry as: TypeScript cannot pair a kind with its own entry's type, so the
 * table's declaration is what checks each entry.
 */
// `T` is named only in the result on purpose: it is the one place the entry's type is asserted.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function kindEntry<T>(table: object, kind: KindName): T | undefined {
	return (table as Partial<Record<KindName, T>>)[kind];
}
