// The catalogue is the only source of user-facing errors: every code is explained in
// docs/problems.md (generated, never edited by hand), and every error a command stops on shows
// its code and keeps its exit code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemCatalogue, problemGroups } from '../../src/core/problem-catalogue.ts';
import { UserError } from '../../src/lib/errors.ts';
import {
	PROBLEM_DOCS_COMMAND,
	PROBLEM_DOCS_PATH,
	problemDocs,
	unexplainedCodes,
} from '../../src/lib/problems/problem-docs.ts';
import { problem } from '../../src/lib/problems/problem.ts';
import { formatProblem } from '../../src/lib/problems/report-text.ts';
import { engineRoot } from '../helpers/paths.ts';

describe('the problem catalogue', () => {
	it('puts every code in exactly one group (no part overrides another’s code)', () => {
		const grouped = problemGroups.flatMap((group) => group.codes);
		expect(new Set(grouped).size).toBe(grouped.length);
		expect([...grouped].sort()).toEqual(Object.keys(problemCatalogue).sort());
	});

	it('explains every code in a sentence or two', () => {
		expect(unexplainedCodes()).toEqual([]);
	});

	it(`has ${PROBLEM_DOCS_PATH} as the catalogue makes it (run ${PROBLEM_DOCS_COMMAND} after changing it)`, () => {
		const written = readFileSync(join(engineRoot, PROBLEM_DOCS_PATH), 'utf8');
		expect(written === problemDocs(), `${PROBLEM_DOCS_PATH} is out of date: run ${PROBLEM_DOCS_COMMAND}`).toBe(true);
		for (const code of Object.keys(problemCatalogue))
			expect(written).toContain(`<a id="${code}"></a>\n\n### ${code}\n`);
	});
});

describe('the code in what the user sees', () => {
	it('ends a check line', () => {
		const line = formatProblem(
			problem('YamlSyntax', { detail: 'a tab' }, { file: 'content/acme/index.mdx', line: 2, column: 1 }),
		);
		expect(line).toBe(
			'content/acme/index.mdx:2:1 error not valid YAML: a tab — check the indentation, and quote values that contain ": " or start with a special character [YamlSyntax]',
		);
	});

	it('ends a command’s error, which keeps the entry’s exit code', () => {
		const held = new UserError('LockHeld', { pid: 42, what: 'the team site of acme' });
		expect(held.message).toBe(
			'Another Cairn process (pid 42) is already working on the team site of acme. Wait for it to finish. [LockHeld]',
		);
		expect([held.code, held.exitCode]).toEqual(['LockHeld', 2]);
		const notBuilt = new UserError('SiteNotBuilt', {
			audience: 'team',
			client: 'acme',
			command: 'npx cairn build --client acme',
		});
		expect(notBuilt.exitCode).toBe(1);
		expect(new UserError('NoClients', { dir: 'content' }).exitCode).toBe(1);
	});

	it('keeps what it is about before the sentences and the details after the code', () => {
		expect(new UserError('LinkedClientFolder', {}, { at: 'content/acme' }).message).toMatch(
			/^content\/acme: This client folder is a symbolic link .*\. Move the folder into content\/ .*\. \[LinkedClientFolder\]$/,
		);
		expect(new UserError('ContentHasErrors', { client: 'acme' }, { details: 'a.mdx:1:1 error …' }).message).toBe(
			'The content of acme has errors. Fix the ones below, then build again. [ContentHasErrors]\na.mdx:1:1 error …',
		);
	});
});
