// What every cross-document rule sees: the client's valid documents, where each field is in its
// file, the site's base path and the date of the check.
import type { IsoDate } from '../../core/dates.ts';
import type { BodyScan } from '../body-scan.ts';
import type { FileState } from '../paths.ts';
import type { Audience } from '../../core/audiences.ts';
import type { Problem } from '../problems/problem.ts';
import type { LoadedDocument } from '../project.ts';
import type { Frontmatter } from '../../schemas/frontmatter.ts';

/** A document whose frontmatter passed its schema. */
export type ValidDocument = LoadedDocument & { data: Frontmatter };

export interface CheckContext {
	/** The documents whose frontmatter is valid. */
	documents: readonly ValidDocument[];
	/** Every document, valid or not: bodies and page addresses do not depend on the frontmatter. */
	loaded: readonly LoadedDocument[];
	/** The site's base path, `/` or `/handover/` (always with both slashes). */
	base: string;
	today: IsoDate;
	/** Page ids of the generated views the team site will have, e.g. `adr`, `runbooks/alerts`. */
	viewIds: ReadonlySet<string>;
	/** The sites the client is built for: team, investor when enabled, and internal. */
	audiences: readonly Audience[];
	/** Paths of the files served as they are (public/), e.g. `favicon.svg`. */
	publicFiles: ReadonlySet<string>;
	/** What is at a path relative to the client folder, after following links. */
	fileAt: (pathInClient: string) => FileState;
	/** The body's links or syntax error, parsed once per document whichever rules ask. */
	scan: (document: LoadedDocument) => BodyScan;
}

export type Rule = (context: CheckContext) => Problem[];

/** The file position of a frontmatter field of a document. */
export function at(document: ValidDocument, path: readonly PropertyKey[], field: string) {
	const { line, column } = document.yaml?.locate(path) ?? { line: 1, column: 1 };
	return { file: document.file, line, column, field };
}
