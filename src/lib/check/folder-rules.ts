// Each kind has its folder (ADRs in adr/, runbooks in runbooks/ …); pages may live anywhere but
// in another kind's folder, except as that folder's index page.
import { slug as githubSlug } from 'github-slugger';
import { kinds } from '../../core/kinds.ts';
import { pageUrl } from '../paths.ts';
import { problem, type Problem } from '../problems/problem.ts';
import { at, type CheckContext } from './context.ts';

export function folderRules(context: CheckContext): Problem[] {
	return context.documents.flatMap((document) => {
		const folder = document.path.includes('/') ? document.path.slice(0, document.path.indexOf('/')) : '';
		const kind = kinds.find((k) => k.name === document.data.kind);
		const owner = kinds.find((k) => k.folder === folder);
		const shown = folder ? `${folder}/` : 'the top of the client folder';
		if (kind?.folder && kind.folder !== folder) {
			return [
				problem(
					'WrongFolder',
					{ kind: kind.name, folder: shown, expected: kind.folder },
					at(document, ['kind'], 'kind'),
				),
			];
		}
		const isIndex = /(^|\/)index\.mdx?$/.test(document.path);
		if (owner && owner.name !== document.data.kind && !isIndex) {
			return [problem('PageInKindFolder', { folder, kind: owner.name }, at(document, ['kind'], 'kind'))];
		}
		return [];
	});
}

/**
 * File and folder names become page addresses: Astro lowercases them and turns spaces into
 * hyphens, so `adr/0003-Use a queue.mdx` is published at /adr/0003-use-a-queue/ and a link written
 * from the file name breaks. Each name must already be its address.
 */
export function nameRules(context: CheckContext): Problem[] {
	return context.loaded.flatMap((document) => {
		const extension = /\.mdx?$/.exec(document.path)?.[0] ?? '';
		const segments = document.path.slice(0, document.path.length - extension.length).split('/');
		const renamed = segments.map((segment) => githubSlug(segment));
		if (renamed.every((segment, i) => segment === segments[i])) return [];
		const where = { file: document.file, line: 1, column: 1 };
		const args = {
			path: document.path,
			renamed: `${renamed.join('/')}${extension}`,
			address: pageUrl(context.base, document.id),
		};
		return [problem('BadFileName', args, where)];
	});
}
