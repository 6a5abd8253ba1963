// The generated views have fixed paths; a document built into a site at one of them would collide.
import { pageUrl } from '../paths.ts';
import { inAudience } from '../../core/audiences.ts';
import { problem, type Problem } from '../problems/problem.ts';
import { viewInAudience, views } from '../views/registry.ts';
import type { CheckContext } from './context.ts';

export function reservedPathRules(context: CheckContext): Problem[] {
	return context.documents.flatMap((document) => {
		const view = views.find(
			(v) =>
				v.id === document.id &&
				context.audiences.some((a) => viewInAudience(v, a) && inAudience(document.data.audience, a)),
		);
		if (!view) return [];
		const page = pageUrl(context.base, document.id);
		const where = { file: document.file, line: 1, column: 1 };
		return [problem('ReservedPath', { page, view: view.title.toLowerCase() }, where)];
	});
}
