// `cairn verify`: the tests of a client's own repository (its `npm test`). Checks every document
// strictly (warnings such as overdue reviews count), builds every site the clients enable, then
// reads each built site back: a page for every document, a search index, internal links that all
// lead to a file of the site, and no document of another audience in the investor site.
import { userMessage } from '../lib/errors.ts';
import { join } from 'node:path';
import { defaultAudiences, selectAudience, siteFor } from '../lib/audience.ts';
import { baseWithSlash, siteOutputDir } from '../lib/paths.ts';
import { formatProblems, summarize } from '../lib/problems/report-text.ts';
import { verifySite } from '../lib/verify/site-checks.ts';
import { readSiteFiles } from '../lib/verify/site-files-fs.ts';
import { buildCommand } from './build.ts';
import { checkClients } from './check.ts';
import type { CliContext } from './context.ts';

/**
 * Warnings that do not fail the tests: an overdue review depends on the day the tests run (a
 * repository's CI must not turn red overnight without a change), and a link to a document of
 * another audience is a choice the site handles (it shows as plain text there). Both are listed.
 */
const NOT_FAILING = new Set(['ReviewOverdue', 'ExcludedReference']);

export async function verifyCommand(ctx: CliContext): Promise<number> {
	const checked = await checkClients(ctx, undefined, true);
	const notes = checked.problems.filter((p) => NOT_FAILING.has(p.code));
	const failing = checked.problems.filter((p) => !NOT_FAILING.has(p.code));
	if (failing.length) {
		ctx.err(formatProblems(failing));
		ctx.err(userMessage('NotVerified', { summary: summarize(failing, checked.documents) }));
		return 1;
	}
	if (notes.length) ctx.out(formatProblems(notes.map((p) => ({ ...p, severity: 'warning' as const }))));
	ctx.out(
		`Checked ${checked.documents} documents, warnings counting as errors${notes.length ? ` (but for the ${notes.length} above: overdue reviews and references to other audiences)` : ''}: no problems.`,
	);
	if ((await buildCommand(ctx, { verbose: false, checked: true })) !== 0) return 1;

	let failed = 0;
	for (const { project } of checked.clients) {
		if (!project.config) continue;
		for (const audience of defaultAudiences(project.config)) {
			const { included, excluded } = selectAudience(project.documents, audience);
			const dir = join(ctx.projectRoot, siteOutputDir(project.slug, audience));
			const verdict = verifySite({
				base: baseWithSlash(siteFor(project.config, audience).base),
				files: await readSiteFiles(dir),
				included,
				...(audience === 'investor' ? { excluded } : {}),
			});
			const what = `${project.slug} (${audience})`;
			if (verdict.failures.length) {
				failed++;
				for (const failure of verdict.failures) ctx.err(`  ${failure}`);
				ctx.err(userMessage('SiteNotVerified', { site: what, count: verdict.failures.length }));
				continue;
			}
			const leaks = audience === 'investor' ? `; nothing of the ${excluded.length} documents left out` : '';
			ctx.out(
				`Verified ${what}: a page for each of ${included.length} documents, a search index, ${verdict.links} internal links that all lead to files of the site${leaks}.`,
			);
		}
	}
	return failed ? 1 : 0;
}
