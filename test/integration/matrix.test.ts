// `cairn matrix --json` drives the Sites workflow (.github/workflows/sites.yml): its output goes to
// $GITHUB_OUTPUT as GitHub expects, each entry becomes a job whose command builds that one site, and
// the artifact path is where the site is. The workflow's commands run here as they are, with
// `npx cairn` pointed at a scratch project (the repository's own dist/ is left alone).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { engineRoot } from '../helpers/paths.ts';
import { tempProject, type TempProject } from '../helpers/project.ts';

interface Step {
	id?: string;
	run?: string;
	uses?: string;
	with?: Record<string, string>;
}
interface Workflow {
	jobs: {
		plan: { steps: Step[]; outputs: Record<string, string> };
		build: { strategy: { matrix: string }; steps: Step[] };
	};
}

describe('the Sites workflow', () => {
	let project: TempProject;
	let workflow: Workflow;
	let scratch: string;

	/** Runs a workflow step's command with bash, `npx cairn` being Cairn on the scratch project. */
	function step(command: string, env: Record<string, string> = {}) {
		const cairn = `node ${join(engineRoot, 'scripts', 'cairn.mjs')} --root ${project.root}`;
		return spawnSync('bash', ['-c', command.replaceAll('npx cairn', cairn)], {
			cwd: project.root,
			encoding: 'utf8',
			env: { ...process.env, ...env },
		});
	}

	beforeAll(async () => {
		project = await tempProject('two-clients');
		scratch = await mkdtemp(join(tmpdir(), 'cairn-matrix-'));
		workflow = parse(await readFile(join(engineRoot, '.github/workflows/sites.yml'), 'utf8')) as Workflow;
	});

	afterAll(async () => {
		await project.remove();
		await rm(scratch, { recursive: true, force: true });
	});

	it('plans one job per site with cairn matrix --json, and builds a site in each', async () => {
		const plan = workflow.jobs.plan.steps.find((s) => s.id === 'matrix');
		expect(workflow.jobs.plan.outputs.matrix).toBe('${{ steps.matrix.outputs.matrix }}');
		expect(workflow.jobs.build.strategy.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}');
		const output = join(scratch, 'github-output');
		const planned = step(plan?.run ?? '', { GITHUB_OUTPUT: output });
		expect(planned.status, planned.stderr).toBe(0);
		const text = await readFile(output, 'utf8');
		const matrix = JSON.parse(text.replace(/^matrix=/, '')) as { include: { client: string; audience: string }[] };
		expect(matrix.include).toEqual([
			{ client: 'alpha', audience: 'team' },
			{ client: 'beta', audience: 'team' },
		]);
		const build = workflow.jobs.build.steps.find((s) => s.run?.includes('cairn build'));
		const upload = workflow.jobs.build.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
		const entry = matrix.include[1] ?? { client: '', audience: '' };
		const fill = (text: string) =>
			text.replaceAll('${{ matrix.client }}', entry.client).replaceAll('${{ matrix.audience }}', entry.audience);
		const built = step(fill(build?.run ?? ''));
		expect(built.status, built.stderr).toBe(0);
		expect(existsSync(join(project.root, fill(upload?.with?.path ?? ''), 'index.html'))).toBe(true);
		expect(existsSync(join(project.root, 'dist', 'alpha'))).toBe(false);
	});
});
