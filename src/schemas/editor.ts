// The JSON Schemas an editor reads while the CTO types: one for client.yaml and one for each kind's
// frontmatter, generated from the zod schemas `cairn check` validates with (never written by hand),
// each field with its description. src/lib/editor-schemas-fs.ts writes them to `.cairn/schemas/`,
// where the `# yaml-language-server: $schema=…` line of a new client's client.yaml points.
import { kinds, type KindName } from '../core/kinds.ts';
import { clientSchema } from './client.ts';
import { kindSchema } from './document.ts';
import { jsonSchemaOf, type JsonSchemaOptions } from './json-schema.ts';

/** Where the editor schemas are written, under the project root. */
export const EDITOR_SCHEMAS_DIR = '.cairn/schemas';

export const CLIENT_SCHEMA_FILE = 'client.schema.json';

/** The file of a kind's frontmatter schema in {@link EDITOR_SCHEMAS_DIR}. */
export const kindSchemaFile = (kind: KindName) => `${kind}.schema.json`;

/** Draft-07, the draft every YAML language server reads, and dates as an author may type them. */
const EDITOR: JsonSchemaOptions = { target: 'draft-07', dates: 'written' };

/**
 * Every editor schema by its file name. `title` names it in the editor's schema picker.
 */
export function editorSchemas(): Map<string, Record<string, unknown>> {
	const schemas = new Map<string, Record<string, unknown>>([
		[
			CLIENT_SCHEMA_FILE,
			{
				...jsonSchemaOf(clientSchema, EDITOR),
				title: 'Cairn client.yaml',
				description:
					'content/<client>/client.yaml: who the client is, the engagement, and how its site looks and is hosted.',
			},
		],
	]);
	for (const kind of kinds) {
		const schema = kindSchema(kind.name);
		if (!schema) continue;
		schemas.set(kindSchemaFile(kind.name), {
			...jsonSchemaOf(schema, EDITOR),
			title: `Cairn ${kind.singular.toLowerCase()} (kind: ${kind.name})`,
			description: `The frontmatter of a document of kind ${kind.name}.`,
		});
	}
	return schemas;
}
