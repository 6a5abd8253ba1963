// A site built for one audience leaves other documents out. A reference from an included document
// to an excluded one still works in the check, but in that site it becomes plain text: worth a
// warning, since a team page pointing at an internal decision, or an investor page at a team
// runbook, is usually a mistake.
import { pageUrl } from '../paths.ts';
import { inAudience, type Audience } from '../../core/audiences.ts';
import { problem, type Problem } from '../problems/problem.ts';
import { linkedPage } from '../links.ts';
import { referencesOf } from '../references.ts';
import { at, type CheckContext } from './context.ts';

export function audienceRules(context: CheckContext): Problem[] {
	const investorSite = context.audiences.includes('investor');
	const unbuilt = context.documents
		.filter((d) => !investorSite && d.data.audience.every((a) => a === 'investor'))
		.map((d) => problem('AudienceNotBuilt', {}, at(d, ['audience'], 'audience')));
	const adrAudiences = new Map(
		context.documents.flatMap((d) => (d.data.kind === 'adr' ? [[d.data.id, d.data.audience] as const] : [])),
	);
	const runbookAudiences = new Map(
		context.documents.flatMap((d) => (d.data.kind === 'runbook' ? [[d.id, d.data.audience] as const] : [])),
	);
	const byPage = new Map(context.documents.map((d) => [pageUrl(context.base, d.id), d]));
	const problems: Problem[] = [...unbuilt];
	for (const audience of context.audiences.filter((a): a is Exclude<Audience, 'internal'> => a !== 'internal')) {
		for (const document of context.documents.filter((d) => inAudience(d.data.audience, audience))) {
			const references = referencesOf(document.data);
			for (const reference of references.runbooks) {
				const targets = runbookAudiences.get(reference.id);
				if (targets && !inAudience(targets, audience)) {
					const args = { target: reference.id, audience };
					problems.push(problem('ExcludedReference', args, at(document, reference.path, '')));
				}
			}
			for (const reference of references.adrs) {
				const targets = adrAudiences.get(reference.id);
				if (targets && !inAudience(targets, audience)) {
					const args = { target: reference.id, audience };
					problems.push(problem('ExcludedReference', args, at(document, reference.path, '')));
				}
			}
			const scan = context.scan(document);
			for (const link of scan.links) {
				const target =
					link.kind === 'image' ? undefined : linkedPage(link.url, pageUrl(context.base, document.id), context.base);
				const linked = target ? byPage.get(target) : undefined;
				if (linked && !inAudience(linked.data.audience, audience)) {
					const where = { file: document.file, line: link.line, column: link.column };
					problems.push(problem('ExcludedReference', { target: link.url, audience }, where));
				}
			}
		}
	}
	return problems;
}
