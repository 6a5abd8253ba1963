// The architecture overview: a summary and the system's components; the diagram is Mermaid in the body.
import { z } from 'zod';
import { suggest } from '../core/suggest.ts';
import { addRule, commonFields, person, text } from './common.ts';

const component = z.strictObject({
	/** The component's name, as used in the diagram. @example name: Claims API */
	name: text,
	/** What it does, in a sentence. */
	description: text,
	/** What it is built on. @example technology: TypeScript, Fastify, Postgres 16 */
	technology: text.optional(),
	/** The team that runs it. */
	owner: person.optional(),
	/** Names of the components it calls or reads from. */
	dependsOn: z.array(text).default([]),
});

export const architectureSchema = z
	.strictObject({
		kind: z.literal('architecture'),
		...commonFields,
		/** The system in a paragraph: what it does, how it is deployed, what matters most. Required. */
		summary: text,
		/** The parts of the system. At least one. */
		components: z.array(component).min(1),
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
