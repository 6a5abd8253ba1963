// The JSON Schemas an editor completes client.yaml and frontmatter with: generated from the zod
// schemas, every field described, each template accepted, rewritten only when they change.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { kindNames } from '../../src/core/kinds.ts';
import { refreshSchemaFiles } from '../../src/lib/editor-schemas-fs.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { CLIENT_SCHEMA_FILE, editorSchemas, kindSchemaFile } from '../../src/schemas/editor.ts';
import { engineRoot } from '../helpers/paths.ts';

type Node = Record<string, unknown>;

/** The path of every property, at any depth (objects, arrays, alternatives), that has no description. */
function undescribed(schema: Node, path = ''): string[] {
	const missing: string[] = [];
	const properties = (schema.properties ?? {}) as Record<string, Node>;
	for (const [name, property] of Object.entries(properties)) {
		if (typeof property.description !== 'string' || property.description.length < 10) missing.push(`${path}.${name}`);
		missing.push(...undescribed(property, `${path}.${name}`));
	}
	const nested = [schema.items, schema.additionalProperties, ...((schema.anyOf ?? []) as unknown[])];
	for (const child of nested) if (child && typeof child === 'object') missing.push(...undescribed(child as Node, path));
	return missing;
}

describe('the editor schemas', () => {
	const schemas = editorSchemas();

	it('are one for client.yaml and one per kind, as draft-07 for YAML language servers', () => {
		expect([...schemas.keys()]).toEqual([CLIENT_SCHEMA_FILE, ...kindNames.map(kindSchemaFile)]);
		for (const schema of schemas.values()) expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
	});

	it('describe every field at every depth', () => {
		const missing = [...schemas].flatMap(([file, schema]) => undescribed(schema).map((path) => `${file}${path}`));
		expect(missing).toEqual([]);
		// The test sees a field without one.
		expect(undescribed({ properties: { a: { description: 'A field, said.' }, b: { type: 'string' } } })).toEqual([
			'.b',
		]);
	});

	it("accept each template's frontmatter and the client template, and refuse an unknown key", async () => {
		const ajv = new Ajv({ strict: false, allErrors: true });
		addFormats(ajv);
		for (const kind of kindNames) {
			const split = splitFrontmatter(await readFile(join(engineRoot, 'templates', `${kind}.mdx`), 'utf8'));
			const data = parseYaml(split.ok ? split.yaml : '') as Node;
			const valid = ajv.compile(schemas.get(kindSchemaFile(kind)) ?? {});
			expect(valid(data), `${kind}: ${JSON.stringify(valid.errors)}`).toBe(true);
			expect(valid({ ...data, colour: 'red' }), kind).toBe(false);
		}
		const client = parseYaml(await readFile(join(engineRoot, 'templates', 'client.yaml'), 'utf8')) as Node;
		const valid = ajv.compile(schemas.get(CLIENT_SCHEMA_FILE) ?? {});
		expect(valid(client), JSON.stringify(valid.errors)).toBe(true);
		expect(valid({ ...client, accent: 'blue' })).toBe(false);
		expect(valid.errors?.map((error) => error.instancePath)).toContain('/accent');
	});

	it('take dates and times as cairn check does, not stricter', () => {
		const ajv = new Ajv({ strict: false, allErrors: true });
		addFormats(ajv);
		const valid = ajv.compile(schemas.get(kindSchemaFile('postmortem')) ?? {});
		const incident = (started: string) => ({
			kind: 'postmortem',
			title: 'API outage',
			severity: 'sev2',
			services: ['api'],
			started,
			detected: '2026-03-14T04:15:00+02:00',
			resolved: '2026-03-14T03:40Z',
			customerImpact: 'Checkout failed for everyone.',
			rootCause: 'change',
		});
		for (const started of [
			'2026-03-14T02:10Z',
			'2026-03-14 02:10 UTC',
			'2026-03-14T02:10:00+0200',
			'2026-03-14 02:10',
		]) {
			expect(valid(incident(started)), `${started}: ${JSON.stringify(valid.errors)}`).toBe(true);
		}
		for (const started of ['yesterday', '2026-03-14', '14/03/2026 02:10']) {
			expect(valid(incident(started)), started).toBe(false);
		}
		expect(valid({ ...incident('2026-03-14T02:10Z'), lastReviewed: '2026-3-15' })).toBe(false);
	});
});

describe('the editor schemas on disk', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'cairn-schemas-'));
	});
	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	it('are written when missing or different, and left alone when current', async () => {
		const schemas = new Map([
			['a.schema.json', { title: 'A' }],
			['b.schema.json', { title: 'B' }],
		]);
		const folder = join(dir, '.cairn', 'schemas');
		expect(refreshSchemaFiles(folder, schemas)).toEqual([join(folder, 'a.schema.json'), join(folder, 'b.schema.json')]);
		expect(JSON.parse(await readFile(join(folder, 'a.schema.json'), 'utf8'))).toEqual({ title: 'A' });
		const before = (await stat(join(folder, 'b.schema.json'))).mtimeMs;
		await writeFile(join(folder, 'a.schema.json'), '{"title":"old"}\n');
		expect(refreshSchemaFiles(folder, schemas)).toEqual([join(folder, 'a.schema.json')]);
		expect((await stat(join(folder, 'b.schema.json'))).mtimeMs).toBe(before);
		expect(refreshSchemaFiles(folder, schemas)).toEqual([]);
	});

	it('cost a command nothing when they cannot be written', async () => {
		const file = join(dir, 'not-a-folder');
		await writeFile(file, '');
		expect(refreshSchemaFiles(join(file, 'schemas'), new Map([['a.schema.json', {}]]))).toEqual([]);
	});
});
