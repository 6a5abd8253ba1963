// Every document kind, and the frontmatter schema of a document of any kind: a union on `kind`.
// The build (through Starlight's docsSchema) and `cairn check` both validate with this one schema.
import { z } from 'zod';
import { adrKind } from './adr.ts';
import { architectureKind } from './architecture.ts';
import { pageKind } from './page.ts';
import { planKind } from './plan.ts';
import { postmortemKind } from './postmortem.ts';
import { roadmapKind } from './roadmap.ts';
import { runbookKind } from './runbook.ts';
import { budgetKind } from './budget.ts';
import { debtKind } from './debt.ts';
import { diligenceKind } from './diligence.ts';
import { hiringKind } from './hiring.ts';
import { securityKind } from './security.ts';
import { vendorKind } from './vendor.ts';

/** The kinds in the order the sidebar and the home page list them. */
export const kinds = [
	adrKind,
	runbookKind,
	postmortemKind,
	architectureKind,
	roadmapKind,
	planKind,
	securityKind,
	debtKind,
	vendorKind,
	hiringKind,
	budgetKind,
	diligenceKind,
	pageKind,
] as const;

export type Kind = (typeof kinds)[number];
export type KindName = Kind['name'];

export const kindNames: readonly KindName[] = kinds.map((kind) => kind.name);

export function kindByName(name: string): Kind | undefined {
	return kinds.find((kind) => kind.name === name);
}

/** The schemas of a list of kinds, as a tuple of the same length and order. */
type SchemasOf<T extends readonly { schema: unknown }[]> = { -readonly [K in keyof T]: T[K]['schema'] };

function schemasOf<T extends readonly { schema: unknown }[]>(list: T): SchemasOf<T> {
	// `map` cannot keep a tuple's type; the mapped type above says what it returns.
	return list.map((kind) => kind.schema) as SchemasOf<T>;
}

/** One schema for a document of any kind, from the same list: adding a kind adds it here. */
export const documentSchema = z.discriminatedUnion('kind', schemasOf(kinds));

/** A document's frontmatter after validation, narrowed by `kind`. */
export type DocumentData = z.output<typeof documentSchema>;

/** The frontmatter of a document of one kind: `DocumentOf<'adr'>`. */
export type DocumentOf<K extends KindName> = Extract<DocumentData, { kind: K }>;
