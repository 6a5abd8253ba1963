// Files that live in ADR folders without being decisions, and the format of a folder.
import { describe, expect, it } from 'vitest';
import { detectFileFormat, detectFolderFormat } from '../../src/lib/import/detect-format.ts';
import { skipReason } from '../../src/lib/import/non-adr.ts';
import { skipCatalogue } from '../../src/lib/import/notes.ts';
import { fixtureDoc, textDoc } from '../helpers/import.ts';

describe('non-ADR files', () => {
	it('recognises the index, the README and the template by name, front matter or placeholder title', () => {
		expect(skipReason(fixtureDoc('madr/index.md'))).toBe('Index');
		expect(skipReason(fixtureDoc('madr/adr-template.md'))).toBe('Template');
		expect(skipReason(fixtureDoc('log4brains/docs/adr/README.md'))).toBe('Readme');
		expect(skipReason(fixtureDoc('log4brains/docs/adr/template.md'))).toBe('Template');
		expect(skipReason(textDoc('---\nhas_children: true\n---\n# Decisions\n', 'decisions.md'))).toBe('Index');
		expect(skipReason(textDoc('# [short title of solved problem]\n', 'new-adr.md'))).toBe('Template');
		expect(skipReason(textDoc('# Notes\n', '_notes.md'))).toBe('Underscore');
		expect(skipReason(textDoc('---\nnav_order: 3\n---\n', '0009-empty.md'))).toBe('Empty');
	});

	it('recognises an index under another name by its links to records and its lack of decision sections', () => {
		const log =
			'# Decision log\n\n* [1. Record decisions](0001-record.md)\n* [2. Use Kafka](0002-kafka.md)\n* [3. Use Go](0003-go.md)\n';
		expect(skipReason(textDoc(log, 'decision-log.md'))).toBe('Index');
		// A decision that links to three others is still a decision.
		expect(
			skipReason(textDoc(`# 4. Use Pulsar\n\n## Status\n\nAccepted\n\n## Context\n\n${log}`, '0004-pulsar.md')),
		).toBeUndefined();
	});

	it('takes every real record for an ADR', () => {
		for (const path of [
			'adr-tools/0001-record-decisions.md',
			'madr/0000-use-madr.md',
			'madr/0003-soap-api.md',
			'log4brains/docs/adr/20231120-use-git-flow.md',
		]) {
			expect(skipReason(fixtureDoc(path)), path).toBeUndefined();
		}
	});

	it('says why in words', () => {
		expect(Object.values(skipCatalogue).map((message) => message())).toMatchInlineSnapshot(`
			[
			  "an index page, not a decision record",
			  "a README, not a decision record",
			  "the ADR template, not a decision record",
			  "its name starts with "_", which Cairn reserves for files that are not documents",
			  "it has no text after its front matter, so it is not a decision record",
			]
		`);
	});
});

describe('format detection', () => {
	it('tells the three formats apart by the marks they leave', () => {
		expect(detectFileFormat(fixtureDoc('adr-tools/0002-use-a-queue.md'))).toBe('adr-tools');
		expect(detectFileFormat(fixtureDoc('madr/0000-use-madr.md'))).toBe('madr');
		expect(detectFileFormat(fixtureDoc('madr/0003-soap-api.md'))).toBe('madr');
		expect(detectFileFormat(fixtureDoc('log4brains/docs/adr/20231120-use-git-flow.md'))).toBe('log4brains');
		expect(detectFileFormat(textDoc('# Use Lunr\n\n- Status: accepted\n', 'use-lunr.md'))).toBe('log4brains');
	});

	it('goes with the majority of a folder', () => {
		const docs = [
			fixtureDoc('adr-tools/0001-record-decisions.md'),
			fixtureDoc('adr-tools/0002-use-a-queue.md'),
			fixtureDoc('madr/0000-use-madr.md'),
		];
		expect(detectFolderFormat(docs)).toBe('adr-tools');
	});
});
