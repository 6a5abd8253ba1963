// Where imported records and images go, and the refusal to overwrite anything: a target that
// exists, or an existing document that would get the same page, stops the import before it writes.
import { posix } from 'node:path';
import { UserError } from '../errors.ts';
import { documentId } from '../paths.ts';
import type { ExistingDocument } from './model.ts';

const kebab = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');

/** `0005-help-comments.mdx`: the number of the id, then the source's slug (or the title) in kebab case. */
export function targetName(id: string, slug: string, title: string): string {
	return `${id.replace(/^ADR-/, '')}-${kebab(slug) || kebab(title) || 'decision'}.mdx`;
}

export interface TargetCheck {
	projectRoot: string;
	client: string;
	existing: readonly ExistingDocument[];
	exists: (absolutePath: string) => boolean;
}

/** Refuses targets (project-relative) that exist, or whose page an existing document already has. */
export function refuseTakenTargets(check: TargetCheck, targets: readonly string[]): void {
	const clientDir = `content/${check.client}/`;
	const pages = new Map(check.existing.map((doc) => [documentId(doc.path), doc.path]));
	for (const target of targets) {
		const clash = target.startsWith(clientDir) ? pages.get(documentId(target.slice(clientDir.length))) : undefined;
		if (clash && `${clientDir}${clash}` !== target) {
			throw new UserError('ImportSamePage', { existing: `${clientDir}${clash}`, target });
		}
	}
	const taken = targets.filter((target) => check.exists(posix.join(check.projectRoot, target)));
	const first = taken[0];
	if (first) {
		throw new UserError('ImportTargetExists', { path: first, more: taken.length - 1 });
	}
}
