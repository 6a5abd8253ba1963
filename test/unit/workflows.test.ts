// The GitHub Actions workflows Cairn ships — its own, and (with the handover) the client's — each
// audit the runtime dependencies before building: the public registry answers `npm audit`, where
// the one our build machines use does not.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { engineRoot } from '../helpers/paths.ts';

/** The majors of GitHub's actions that run on Node 24, the runners' Node since June 2026. */
const CURRENT_MAJORS: Record<string, number> = {
	'actions/checkout': 6,
	'actions/setup-node': 6,
	'actions/upload-artifact': 7,
	'actions/upload-pages-artifact': 5,
	'actions/deploy-pages': 5,
};

interface Step {
	name?: string;
	uses?: string;
	run?: string;
}

/** Every workflow file: .github/workflows/ and any `workflows/` folder under templates/. */
function workflowFiles(): string[] {
	const found: string[] = [];
	const walk = (dir: string, inWorkflows: boolean) => {
		if (!existsSync(dir)) return;
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path, inWorkflows || entry.name === 'workflows');
			else if (inWorkflows && /\.ya?ml$/.test(entry.name)) found.push(path);
		}
	};
	walk(join(engineRoot, '.github'), false);
	walk(join(engineRoot, 'templates'), false);
	return found;
}

describe('the GitHub Actions workflows', () => {
	const files = workflowFiles();

	it('include Cairn’s own', () => {
		expect(files.map((file) => relative(engineRoot, file)).sort()).toEqual([
			'.github/workflows/ci.yml',
			'.github/workflows/sites.yml',
			'templates/handover/workflows/site.yml',
		]);
	});

	for (const file of files) {
		it(`${relative(engineRoot, file)} audits runtime dependencies before it builds`, () => {
			const workflow = parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
			const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
			const runs = steps.map((step) => step.run ?? '');
			const audit = runs.findIndex((run) => run.includes('npm audit --omit=dev --audit-level=high'));
			const install = runs.findIndex((run) => /\bnpm (install|ci)\b/.test(run));
			const build = runs.findIndex((run) => /\.ci\/run|npm run build|cairn build/.test(run));
			expect(audit, 'an npm audit step').toBeGreaterThan(-1);
			expect(install, 'packages installed before the audit').toBeLessThan(audit);
			expect(audit, 'the audit before the build').toBeLessThan(build);
			for (const step of steps.filter((s) => s.uses?.startsWith('actions/'))) {
				const [action = '', version = ''] = (step.uses ?? '').split('@');
				expect(Number(version.replace(/^v/, '')), `${action}: its current major (Node 24)`).toBeGreaterThanOrEqual(
					CURRENT_MAJORS[action] ?? Infinity,
				);
			}
		});
	}
});
