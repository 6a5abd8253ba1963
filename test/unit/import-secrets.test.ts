// A record that holds something like a secret is imported as written, and the import says so at
// once, with the line in the new file, as `cairn check` would stop the build on it.
import { describe, expect, it } from 'vitest';
import { planImport } from '../../src/lib/import/plan.ts';
import { withSecretNotes } from '../../src/lib/import/secret-notes.ts';
import { entryFor, messages } from '../helpers/import.ts';

// Built from parts so that this file is no token itself.
const jwt = [
	'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
	'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ',
	'c2lnbmF0dXJlLXBhcnQtb25lLXR3bw',
].join('.');

function plan(files: Record<string, string>) {
	return planImport({
		projectRoot: '/project',
		client: 'acme',
		base: '/',
		existing: [],
		folders: [
			{
				display: 'adr',
				absolutePath: '/src/adr',
				files: Object.entries(files).map(([path, text]) => ({
					folder: '/src/adr',
					path,
					absolutePath: `/src/adr/${path}`,
					text,
				})),
			},
		],
		format: 'auto',
		exists: () => false,
	});
}

describe('secrets in imported records', () => {
	it('notes each one with its line in the new file and what to do, and keeps the text', async () => {
		const before = plan({
			'0001-use-tokens.md': `# 1. Use tokens\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\n## Example\n\n\`\`\`json\n{ "jws": "${jwt}" }\n\`\`\`\n`,
			'0002-plain.md': '# 2. Plain\n\nDate: 2024-01-03\n\n## Status\n\nAccepted\n\nNothing secret.\n',
		});
		const after = await withSecretNotes(before);
		const entry = entryFor(after, '0001-use-tokens.md');
		if (entry.kind !== 'write') throw new Error(entry.kind);
		const line = entry.text.split('\n').findIndex((l) => l.includes(jwt)) + 1;
		expect(line).toBeGreaterThan(1);
		expect(messages(entry.notes).at(-1)).toBe(
			`line ${line} holds what looks like a JSON Web Token (eyJh************), kept as written; cairn check stops the build until you remove it (and rotate it) or, if it is an example, add cairn-allow-secret on its line or the line above`,
		);
		expect(entryFor(after, '0002-plain.md')).toEqual(entryFor(before, '0002-plain.md'));
	});

	it('says nothing of one the source already marks as allowed', async () => {
		const before = plan({
			'0001-use-tokens.md': `# 1. Use tokens\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\n\`\`\`json\n// cairn-allow-secret\n{ "jws": "${jwt}" }\n\`\`\`\n`,
		});
		expect(await withSecretNotes(before)).toBe(before);
	});
});
