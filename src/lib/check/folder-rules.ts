// Each kind has its folder (ADRs in adr/, runbooks in runbooks/ …); pages may live anywhere but
// in another kind's folder, except as that folder's index page.
import { kinds } from '../../schemas/document.ts';
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
