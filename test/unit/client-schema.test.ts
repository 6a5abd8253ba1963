import { describe, expect, it } from 'vitest';
import { clientSchema } from '../../src/schemas/client.ts';
import { clientProblems } from '../helpers/documents.ts';

const client = `
name: Acme Health
slug: acme
engagement:
  start: 2026-01-05
  end: 2026-06-30
logo: assets/logo.svg
accent: "#2f6f5e"
site:
  url: https://docs.acme.example
  base: /handover
contacts:
  - name: Ann Lee
    role: CEO
    email: ann@acme.example
`;

describe('client.yaml', () => {
	it('accepts a complete file', () => {
		expect(clientProblems(client, 'acme', ['assets/logo.svg'])).toEqual([]);
	});

	it('fills defaults for a minimal file', () => {
		const minimal = clientSchema.parse({
			name: 'A',
			slug: 'a',
			engagement: { start: '2026-01-01', end: '2026-02-01' },
		});
		expect(minimal).toMatchObject({ accent: '#3b5b8c', site: { base: '/' }, contacts: [] });
	});

	it('reports every mistake with its line: slug, dates, colour, URL, unknown keys, missing logo', () => {
		const text = `
name: Acme Health
slug: Acme_Health
engagement:
  start: 2026-06-01
  end: 2026-01-31
logo: assets/logo.svg
accent: #2f6f5e
site:
  url: docs.acme.example
  base: handover
contact:
  - name: Ann
`;
		expect(clientProblems(text)).toMatchInlineSnapshot(`
			[
			  "content/acme/client.yaml:3:7 error slug: expected lowercase letters, digits and single hyphens, e.g. acme-health; got "Acme_Health" [InvalidValue]",
			  "content/acme/client.yaml:6:8 error engagement.end: ends on 2026-01-31, before it starts on 2026-06-01 [EndBeforeStart]",
			  "content/acme/client.yaml:8:1 error accent: expected a hex colour such as "#2f6f5e" (in quotes: an unquoted # starts a YAML comment); got an empty value [InvalidValue]",
			  "content/acme/client.yaml:10:8 error site.url: expected an address starting with https://, such as https://docs.example.com; got "docs.acme.example" [InvalidValue]",
			  "content/acme/client.yaml:11:9 error site.base: expected a path starting with /, e.g. /handover; got "handover" [InvalidValue]",
			  "content/acme/client.yaml:12:1 error contact: unknown field "contact" — did you mean "contacts"? [UnknownField]",
			]
		`);
	});

	it('requires the slug to match the folder and the logo to exist', () => {
		expect(clientProblems(client, 'acme-health')).toMatchInlineSnapshot(`
			[
			  "content/acme-health/client.yaml:3:7 error slug: slug "acme" does not match the folder name "acme-health" — set "slug: acme-health", or rename the folder [SlugMismatch]",
			  "content/acme-health/client.yaml:7:7 error logo: no file at content/acme-health/assets/logo.svg — give a path inside the client folder, such as assets/logo.svg [LogoNotFound]",
			]
		`);
	});

	it('keeps the logo inside the client folder', () => {
		expect(clientProblems(client.replace('assets/logo.svg', '../other/logo.svg'))).toMatchInlineSnapshot(`
			[
			  "content/acme/client.yaml:7:7 error logo: expected a relative path to an .svg, .png, .jpg or .webp file inside the client folder, e.g. assets/logo.svg; got "../other/logo.svg" [InvalidValue]",
			]
		`);
	});

	it('reports a missing engagement', () => {
		expect(clientProblems('name: A\nslug: acme')).toMatchInlineSnapshot(`
			[
			  "content/acme/client.yaml:1:1 error engagement: missing; expected a group of "key: value" fields [MissingField]",
			]
		`);
	});
});
