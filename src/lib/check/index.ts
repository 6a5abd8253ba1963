// `cairn check` beyond each file's schema: the rules that look at a client's documents together,
// and at their bodies. Problems come back sorted; nothing here touches the disk.
import type { IsoDate } from '../../core/dates.ts';
import { baseWithSlash, type FileState } from '../paths.ts';
import { sortProblems, type Problem } from '../problems/problem.ts';
import type { ClientProject, LoadedDocument } from '../project.ts';
import { scanBody, type BodyScan } from '../body-scan.ts';
import { adrRules, importedAdrWarnings } from './adr-rules.ts';
import { bodyRules } from './body-rules.ts';
import type { CheckContext, Rule, ValidDocument } from './context.ts';
import { folderRules, nameRules } from './folder-rules.ts';
import { freshnessRules } from './freshness-rules.ts';
import { referenceRules } from './reference-rules.ts';
import { reservedPathRules } from './reserved-rules.ts';
import { audienceRules } from './audience-rules.ts';
import { safetyRules } from './safety-rules.ts';
import { defaultAudiences } from '../audience.ts';
import { availableViews } from '../views/registry.ts';

const rules: readonly Rule[] = [
	adrRules,
	importedAdrWarnings,
	referenceRules,
	folderRules,
	nameRules,
	reservedPathRules,
	audienceRules,
	bodyRules,
	safetyRules,
	freshnessRules,
];

export interface CheckOptions {
	today: IsoDate;
	publicFiles: ReadonlySet<string>;
	/** What is at a path relative to the client folder, after following links. */
	fileAt: (pathInClient: string) => FileState;
	/** Report warnings as errors. */
	strict?: boolean;
}

/** Problems as `--strict` reports them: every warning an error. */
export function strictly(problems: Problem[], strict = false): Problem[] {
	return strict ? problems.map((p) => ({ ...p, severity: 'error' as const })) : problems;
}

/** Every problem of a loaded client: those found while loading it, then those of the rules. */
export function checkProject(project: ClientProject, options: CheckOptions): Problem[] {
	const documents = project.documents.filter((d): d is ValidDocument => d.data !== undefined);
	const base = baseWithSlash(project.config?.site.base ?? '/');
	const viewIds = new Set(availableViews(documents, 'team').map((view) => view.id));
	const audiences = project.config ? [...defaultAudiences(project.config), 'internal' as const] : (['team'] as const);
	const scans = new Map<LoadedDocument, BodyScan>();
	const scan = (document: LoadedDocument) => {
		let result = scans.get(document);
		if (!result) {
			result = scanBody(document.body, { mdx: document.path.endsWith('.mdx'), firstLine: document.bodyLine });
			scans.set(document, result);
		}
		return result;
	};
	const context: CheckContext = { documents, loaded: project.documents, base, viewIds, audiences, scan, ...options };
	const problems = [...project.problems, ...rules.flatMap((rule) => rule(context))];
	return sortProblems(strictly(problems, options.strict));
}
