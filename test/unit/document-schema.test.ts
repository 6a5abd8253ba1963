// What every document shares: the frontmatter block itself, kind, title and the common fields.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { frontmatterSchemaFor } from '../../src/schemas/frontmatter.ts';
import { documentData, documentProblems, mdx } from '../helpers/documents.ts';

describe('any document', () => {
	it('accepts a page with Starlight’s own fields', () => {
		expect(documentData(mdx('title: Home\nkind: page\ntemplate: splash\nsidebar:\n  order: 1'))).toMatchObject({
			kind: 'page',
			template: 'splash',
		});
	});

	it('needs a frontmatter block, closed', () => {
		expect(documentProblems('# Just markdown\n')).toMatchInlineSnapshot(`
			[
			  "doc.mdx:1:1 error the file has no frontmatter — start it with a block between two "---" lines that sets at least title and kind [NoFrontmatter]",
			]
		`);
		expect(documentProblems('---\ntitle: x\nkind: page\n')).toMatchInlineSnapshot(`
			[
			  "doc.mdx:1:1 error the frontmatter block is never closed — end the frontmatter with a line holding only "---" [UnclosedFrontmatter]",
			]
		`);
	});

	it('reports YAML syntax errors at their line', () => {
		expect(documentProblems(mdx('title: x\nkind: page\ntags: [a, b'))).toMatchInlineSnapshot(`
			[
			  "doc.mdx:4:12 error not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] — check the indentation, and quote values that contain ": " or start with a special character [YamlSyntax]",
			]
		`);
	});

	it('names the kinds when kind is missing or unknown', () => {
		expect(documentProblems(mdx('title: x'))).toMatchInlineSnapshot(`
			[
			  "doc.mdx:2:1 error kind: missing; expected one of adr, runbook, postmortem, architecture, roadmap, plan, security, debt, vendor, hiring, budget, diligence, page [MissingField]",
			]
		`);
		expect(documentProblems(mdx('title: x\nkind: runbok'))).toMatchInlineSnapshot(`
			[
			  "doc.mdx:3:7 error kind: unknown kind "runbok"; expected one of adr, runbook, postmortem, architecture, roadmap, plan, security, debt, vendor, hiring, budget, diligence, page — did you mean "runbook"? [UnknownKind]",
			]
		`);
	});

	it('says to quote a title that YAML reads as a date or a number', () => {
		expect(documentProblems(mdx('title: 2026-01-05\nkind: page'))).toMatchInlineSnapshot(`
			[
			  "doc.mdx:2:8 error title: expected text; got a date (2026-01-05) — put the value in quotes to keep it as text [WrongType]",
			]
		`);
		expect(documentProblems(mdx('title: 42\nkind: page'))).toMatchInlineSnapshot(`
			[
			  "doc.mdx:2:8 error title: expected text; got 42 (a number) — put the value in quotes to keep it as text [WrongType]",
			]
		`);
	});

	it('checks the common fields: tags, review dates and intervals', () => {
		expect(documentProblems(mdx('title: x\nkind: page\ntags: [Payments]\nlastReviewed: 2026-13-01\nreviewEvery: 0d')))
			.toMatchInlineSnapshot(`
				[
				  "doc.mdx:4:8 error tags[0]: expected a lowercase tag of letters, digits and hyphens, e.g. data-platform; got "Payments" [InvalidValue]",
				  "doc.mdx:5:15 error lastReviewed: not a real date (there is no month 13); got "2026-13-01" [InvalidValue]",
				  "doc.mdx:6:14 error reviewEvery: expected a review interval such as 90d, 12w, 6m or 1y; got "0d" [InvalidValue]",
				]
			`);
	});

	it('accepts quoted dates as well as plain ones', () => {
		expect(documentData(mdx('title: x\nkind: page\nlastReviewed: "2026-01-05"'))).toMatchObject({
			lastReviewed: '2026-01-05',
		});
	});
});

describe('the schema the content collection uses', () => {
	// src/content.config.ts builds it once for all documents: that holds only while no field of a
	// document asks Astro for an image, whose path Astro resolves from each document's own folder.
	it('asks for no image: the one field that would, a hero, is refused before', () => {
		const asked: unknown[] = [];
		const schema = frontmatterSchemaFor({
			image: () => z.unknown().transform((value) => asked.push(value)),
		} as never);
		const page = { title: 'Home', kind: 'page' };
		expect(schema.safeParse(page).success).toBe(true);
		expect(schema.safeParse({ ...page, hero: { title: 'Hi', image: { file: './hero.png' } } }).success).toBe(false);
		expect(asked).toEqual([]);
	});
});
