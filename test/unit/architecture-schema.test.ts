import { describe, expect, it } from 'vitest';
import { documentProblems, mdx } from '../helpers/documents.ts';

const architecture = `
title: Architecture
kind: architecture
summary: An API and a database.
components:
  - name: API
    description: Serves the apps.
    dependsOn: [Database]
  - name: Database
    description: Postgres 16.
`;

describe('architecture frontmatter', () => {
	it('accepts components that depend on listed components', () => {
		expect(documentProblems(mdx(architecture))).toEqual([]);
	});

	it('reports a dependency on a component that is not listed, with a suggestion', () => {
		expect(documentProblems(mdx(architecture.replace('dependsOn: [Database]', 'dependsOn: [Databse, Queue]'))))
			.toMatchInlineSnapshot(`
				[
				  "doc.mdx:8:17 error components[0].dependsOn[0]: depends on "Databse", which is not a listed component — did you mean "Database"? [UnknownComponent]",
				  "doc.mdx:8:26 error components[0].dependsOn[1]: depends on "Queue", which is not a listed component — add it to components, or fix the name [UnknownComponent]",
				]
			`);
	});

	it('requires a summary', () => {
		expect(documentProblems(mdx(architecture.replace('summary: An API and a database.', '')))).toMatchInlineSnapshot(`
			[
			  "doc.mdx:2:1 error summary: missing; expected text [MissingField]",
			]
		`);
	});
});
