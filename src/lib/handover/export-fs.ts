// `cairn handover <client> --out <folder>`: a repository of the client's own, which builds,
// tests and deploys without Cairn's repository. It holds the client's folder, the generator packed
// into vendor/, the bootstrap that fetches a Node recent enough, a README for the client's engineers,
// deploy recipes, and the dates documents last changed; it starts as a fresh git repository with
// one commit, so nothing of Cairn's history (or any other client's) goes along.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { changeDates } from '../git-dates-fs.ts';
import { HISTORY_FILE, recordHistory, textHash } from '../history.ts';
import { CONTENT_DIR } from '../paths.ts';
import type { ClientProject } from '../project.ts';
import type { KindName } from '../../core/kinds.ts';
import { packEngine } from './pack-fs.ts';
import { handoverReadme } from './readme.ts';

export interface HandoverExport {
	engineRoot: string;
	project: ClientProject;
	/** The CTO's repository, which holds content/. */
	projectRoot: string;
	/** Alerting rule files outside the client folder, inside `projectRoot`: copied to the same place. */
	ruleFiles: readonly string[];
	/** The folder to write: absent or empty. */
	out: string;
	/** Who the first commit is by, when git has no identity configured. */
	fallbackAuthor: { name: string; email: string };
}

export interface HandoverResult {
	files: number;
	engine: string;
	/** Why the lockfile could not be made, when it could not (no registry): `npm install` makes it later. */
	lockfileSkipped?: string;
}

async function template(engineRoot: string, name: string, slug: string): Promise<string> {
	return (await readFile(join(engineRoot, 'templates', 'handover', name), 'utf8')).replaceAll('{{slug}}', slug);
}

function run(command: string, args: readonly string[], cwd: string): { ok: boolean; output: string } {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

export async function exportHandover(options: HandoverExport): Promise<HandoverResult> {
	const { engineRoot, project, out } = options;
	const config = project.config;
	if (!config) throw new Error('the client has errors');
	const slug = project.slug;

	// The client's folder, links followed, with the dates its documents last changed.
	const clientOut = join(out, CONTENT_DIR, slug);
	await cp(project.dir, clientOut, { recursive: true, dereference: true });
	const paths = project.documents.map((d) => d.path);
	const dates = changeDates(project.dir, paths).dates;
	const hashes = new Map(
		await Promise.all(paths.map(async (path) => [path, textHash(await readFile(join(clientOut, path)))] as const)),
	);
	await writeFile(join(clientOut, HISTORY_FILE), `${JSON.stringify(recordHistory(dates, hashes), null, '\t')}\n`);
	for (const file of options.ruleFiles) {
		const to = join(out, relative(options.projectRoot, file));
		await mkdir(dirname(to), { recursive: true });
		await cp(file, to);
	}

	// The generator, and the bootstrap that gives it a Node to run on.
	await mkdir(join(out, 'vendor'), { recursive: true });
	const engine = await packEngine(engineRoot, join(out, 'vendor'));
	await mkdir(join(out, 'scripts'), { recursive: true });
	for (const file of ['run.mjs', 'runtime.mjs'])
		await cp(join(engineRoot, 'scripts', file), join(out, 'scripts', file));

	const manifest = {
		name: `${slug}-docs`,
		private: true,
		description: `${config.name}'s engineering documents, built into a searchable site with Cairn.`,
		type: 'module',
		scripts: {
			build: 'node scripts/run.mjs cairn build',
			test: 'node scripts/run.mjs cairn verify',
			check: 'node scripts/run.mjs cairn check',
			dev: `node scripts/run.mjs cairn dev --client ${slug}`,
		},
		dependencies: { cairn: `file:vendor/${engine.file}` },
	};
	const counts: Partial<Record<KindName, number>> = {};
	for (const document of project.documents) {
		if (document.data) counts[document.data.kind] = (counts[document.data.kind] ?? 0) + 1;
	}
	await writeFile(join(out, 'package.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	await writeFile(join(out, 'README.md'), handoverReadme({ client: config, counts, engine }));
	await writeFile(join(out, '.gitignore'), await template(engineRoot, 'gitignore', slug));
	await writeFile(join(out, 'netlify.toml'), await template(engineRoot, 'netlify.toml', slug));
	await mkdir(join(out, '.github', 'workflows'), { recursive: true });
	await writeFile(
		join(out, '.github', 'workflows', 'site.yml'),
		await template(engineRoot, 'workflows/site.yml', slug),
	);

	// The lockfile pins what `npm install` installs, as in Cairn's own repository.
	const lock = run('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], out);

	// A repository of its own: one commit, by the person handing over when git knows them.
	const identity = run('git', ['config', 'user.email'], out).ok
		? []
		: ['-c', `user.name=${options.fallbackAuthor.name}`, '-c', `user.email=${options.fallbackAuthor.email}`];
	for (const args of [
		['init', '-q', '-b', 'main'],
		['add', '-A'],
		[...identity, 'commit', '-q', '-m', `${config.name}'s engineering documents, handed over`],
	]) {
		const step = run('git', args, out);
		if (!step.ok) throw new Error(`git ${args.join(' ')} failed: ${step.output}`);
	}
	const entries = await readdir(out, { recursive: true, withFileTypes: true });
	const files = entries.filter((e) => e.isFile() && !join(e.parentPath, e.name).startsWith(join(out, '.git'))).length;
	return { files, engine: engine.file, ...(lock.ok ? {} : { lockfileSkipped: lock.output.split('\n').at(-1) ?? '' }) };
}
