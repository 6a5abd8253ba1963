// Every document kind, and the frontmatter schema of a document of any kind: a union on `kind`.
// The build (through Starlight's docsSchema) and `cairn check` both validate with this one schema.
import { z } from 'zod';
import { adrKind } from './adr.ts';
import { architectureKind } from './architecture.ts';
import { pageKind } from './page.ts';
import { planKind } from './plan.ts';
import { roadmapKind } from './roadmap.ts';
import { runbookKind } from './runbook.ts';

/** The kinds in the order the sidebar and the home page list them. */
export const kinds = [adrKind, runbookKind, architectureKind, roadmapKind, planKind, pageKind] as const;

export type Kind = (typeof kinds)[number];
export type KindName = Kind['name'];

export const kindNames: readonly KindName[] = kinds.map((kind) => kind.name);

export function kindByName(name: string): Kind | undefined {
	return kinds.find((kind) => kind.name === name);
}

export const documentSchema = z.discriminatedUnion('kind', [
	adrKind.schema,
	runbookKind.schema,
	architectureKind.schema,
	roadmapKind.schema,
	planKind.schema,
	pageKind.schema,
]);

/** A document's frontmatter after validation, narrowed by `kind`. */
export type DocumentData = z.output<typeof documentSchema>;
