// `cairn status` (one row per client: the engagement, documents, what needs attention, the last
// builds) and `cairn matrix` (the sites to build, for CI). Both only read.
import { userMessage } from '../lib/errors.ts';
import { lastBuild } from '../lib/build-records-fs.ts';
import { buildMatrix, clientStatus, formatStatus, type ClientStatus } from '../lib/portfolio.ts';
import { loadClient } from '../lib/project-fs.ts';
import { selectClients, today, type CliContext } from './context.ts';

export async function statusCommand(ctx: CliContext, options: { format: 'text' | 'json' }): Promise<number> {
	const slugs = await selectClients(ctx, undefined);
	const rows: ClientStatus[] = [];
	for (const slug of slugs) {
		const project = await loadClient(ctx.projectRoot, slug);
		const builds = new Map<string, string>();
		for (const audience of ['team', 'investor', 'internal'] as const) {
			const record = await lastBuild(ctx.projectRoot, slug, audience);
			if (record) builds.set(audience, record.finishedAt);
		}
		const row = clientStatus(project, today(ctx), (audience) => builds.get(audience));
		if (row) rows.push(row);
		else ctx.err(userMessage('ClientYamlBroken', { client: slug }));
	}
	ctx.out(options.format === 'json' ? JSON.stringify(rows, null, 2) : formatStatus(rows));
	return 0;
}

export async function matrixCommand(ctx: CliContext, options: { format: 'text' | 'json' }): Promise<number> {
	const slugs = await selectClients(ctx, undefined);
	const matrix = buildMatrix(await Promise.all(slugs.map((slug) => loadClient(ctx.projectRoot, slug))));
	// One line of JSON: what a workflow step writes to $GITHUB_OUTPUT.
	ctx.out(
		options.format === 'json'
			? JSON.stringify(matrix)
			: matrix.include.map(({ client, audience }) => `${client} ${audience}`).join('\n'),
	);
	return 0;
}
