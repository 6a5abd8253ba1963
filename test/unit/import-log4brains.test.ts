// log4brains records: `- Status:` / `- Date:` bullets, date-prefixed file names, no numbers.
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/lib/import/edits.ts';
import { parseLog4brains } from '../../src/lib/import/format-log4brains.ts';
import { fixtureDoc, messages, textDoc } from '../helpers/import.ts';

describe('log4brains parser', () => {
	it('reads the bullets, drops them from the body and takes the slug without the date prefix', () => {
		const doc = fixtureDoc('log4brains/docs/adr/20240102-adopt-trunk-based-development.md');
		const parsed = parseLog4brains(doc);
		expect(parsed).toMatchObject({
			title: 'Adopt trunk-based development',
			slug: 'adopt-trunk-based-development',
			status: 'accepted',
			date: '2024-01-02',
			sortDate: '2024-01-02',
		});
		expect(parsed.number).toBeUndefined();
		expect(applyEdits(doc.body, [], parsed.removals).startsWith('## Context and Problem Statement\n')).toBe(true);
		// The Links section stays in the text; its Supersedes line is a relation too.
		expect(parsed.relations).toEqual([
			{ type: 'supersedes', target: { url: '20231120-use-git-flow.md' }, text: 'Supersedes 20231120-use-git-flow' },
		]);
	});

	it('maps draft to proposed, and reads deciders and tags', () => {
		const parsed = parseLog4brains(fixtureDoc('log4brains/docs/adr/20240102-adopt-feature-flags.md'));
		expect(parsed).toMatchObject({
			status: 'proposed',
			decisionMakers: ['Mira Chen', 'Ola Berg'],
			tags: ['release-engineering', 'flags'],
		});
		expect(messages(parsed.notes)).toMatchInlineSnapshot(`
			[
			  "status "draft" read as proposed",
			  "tags Release Engineering, flags became release-engineering, flags: Cairn tags are lowercase-kebab",
			]
		`);
	});

	it('reads "superseded by [slug](file.md)" as the status and its successor', () => {
		const parsed = parseLog4brains(fixtureDoc('log4brains/docs/adr/20231120-use-git-flow.md'));
		expect(parsed.status).toBe('superseded');
		expect(parsed.relations).toEqual([
			{
				type: 'supersededBy',
				target: { url: '20240102-adopt-trunk-based-development.md' },
				text: 'superseded by 20240102-adopt-trunk-based-development',
			},
		]);
	});

	it('orders by the file name date when there is no Date line, without writing it as the date', () => {
		const parsed = parseLog4brains(
			textDoc('# Use Lunr\n\n- Status: accepted\n\n## Decision\n\nLunr.\n', '20201103-use-lunr.md'),
		);
		expect(parsed.date).toBeUndefined();
		expect(parsed.sortDate).toBe('2020-11-03');
		expect(messages(parsed.notes)).toMatchInlineSnapshot(`
			[
			  "no Date line: numbered by the date in the file name (2020-11-03), when the file was created; left date out, as the decision's date is unknown",
			]
		`);
	});
});
