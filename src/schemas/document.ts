// The frontmatter schema of a document of any kind: a union on `kind`, in the registry's order
// (src/core/kinds.ts).
// The build (through Starlight's docsSchema) and `cairn check` both validate with this one schema.
import { z } from 'zod';
import { kindEntry, kinds, type KindName } from '../core/kinds.ts';
import { adrSchema } from './adr.ts';
import { architectureSchema } from './architecture.ts';
import { budgetSchema } from './budget.ts';
import { debtSchema } from './debt.ts';
import { diligenceSchema } from './diligence.ts';
import { hiringSchema } from './hiring.ts';
import { pageSchema } from './page.ts';
import { planSchema } from './plan.ts';
import { postmortemSchema } from './postmortem.ts';
import { roadmapSchema } from './roadmap.ts';
import { runbookSchema } from './runbook.ts';
import { securitySchema } from './security.ts';
import { vendorSchema } from './vendor.ts';

export { kindByName, kindNames, kinds, type Kind, type KindName } from '../core/kinds.ts';

/** Each kind's frontmatter schema, one per module of this folder. */
const schemaByKind = {
	adr: adrSchema,
	runbook: runbookSchema,
	postmortem: postmortemSchema,
	architecture: architectureSchema,
	roadmap: roadmapSchema,
	plan: planSchema,
	security: securitySchema,
	debt: debtSchema,
	vendor: vendorSchema,
	hiring: hiringSchema,
	budget: budgetSchema,
	diligence: diligenceSchema,
	page: pageSchema,
} satisfies Record<KindName, z.ZodType<{ kind: string }>>;

/** The frontmatter schema of one kind (`undefined` for a kind registered without one). */
export function kindSchema(kind: KindName): z.ZodType | undefined {
	return kindEntry<z.ZodType>(schemaByKind, kind);
}

/** The schemas of a list of kinds, as a tuple of the same length and order. */
type SchemasOf<T extends readonly { name: KindName }[]> = {
	-readonly [I in keyof T]: (typeof schemaByKind)[T[I]['name']];
};

function schemasOf<T extends readonly { name: KindName }[]>(list: T): SchemasOf<T> {
	// A kind registered without its schema is left out: its documents are refused with a located
	// error rather than every command crashing. `flatMap` cannot keep a tuple's type; the mapped
	// type above says what it returns.
	return list.flatMap(
		(kind) => kindEntry<(typeof schemaByKind)[KindName]>(schemaByKind, kind.name) ?? [],
	) as unknown as SchemasOf<T>;
}

/** One schema for a document of any kind, from the registry's list: adding a kind adds it here. */
export const documentSchema = z.discriminatedUnion('kind', schemasOf(kinds));

/** A document's frontmatter after validation, narrowed by `kind`. */
export type DocumentData = z.output<typeof documentSchema>;

/** The frontmatter of a document of one kind: `DocumentOf<'adr'>`. */
export type DocumentOf<K extends KindName> = Extract<DocumentData, { kind: K }>;
