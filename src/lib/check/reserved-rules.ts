// The generated views have fixed paths; a document published at one of them would collide.
import { pageUrl } from '../paths.ts';
import { problem, type Problem } from '../problems/problem.ts';
import { views } from '../views/registry.ts';
import type { CheckContext } from './context.ts';

export function reservedPathRules(context: CheckContext): Problem[] {
	return context.loaded.flatMap((document) => {
		const view = views.find((v) => v.id === document.id);
		if (!view) return [];
		const page = pageUrl(context.base, document.id);
		return [
			problem('ReservedPath', { page, view: view.title.toLowerCase() }, { file: document.file, line: 1, column: 1 }),
		];
	});
}
