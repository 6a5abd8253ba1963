// The architecture overview: a summary and the system's components; the diagram is Mermaid in the body.
import { z } from 'zod';
import { suggest } from '../core/suggest.ts';
import { addRule, commonFields, documentKind, person, text } from './common.ts';

const component = z.strictObject({
	name: text.describe("The component's name, as used in the diagram. Example: `name: Claims API`"),
	description: text.describe('What it does, in a sentence.'),
	technology: text.optional().describe('What it is built on. Example: `technology: TypeScript, Fastify, Postgres 16`'),
	owner: person.optional().describe('The team that runs it.'),
	dependsOn: z.array(text).default([]).describe('Names of the components it calls or reads from.'),
});

export const architectureSchema = z
	.strictObject({
		kind: documentKind('architecture'),
		...commonFields,
		summary: text.describe('The system in a paragraph: what it does, how it is deployed, what matters most. Required.'),
		components: z.array(component).min(1).describe('The parts of the system. At least one.'),
	})
	.superRefine((architecture, ctx) => {
		const names = architecture.components.map((c) => c.name);
		architecture.components.forEach((c, index) => {
			c.dependsOn.forEach((name, dep) => {
				if (!names.includes(name)) {
					const suggestion = suggest(name, names);
					addRule(
						ctx,
						'UnknownComponent',
						{ name, ...(suggestion ? { suggestion } : {}) },
						{ path: ['components', index, 'dependsOn', dep] },
					);
				}
			});
		});
	});

export type Architecture = z.output<typeof architectureSchema>;
