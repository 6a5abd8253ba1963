// A zod schema as JSON Schema, the one way Cairn converts them: for records.json and for editors.
import { z } from 'zod';
import { DATE_TIME_PATTERN } from '../core/dates.ts';
import { isoDate, isoDateTime } from './common.ts';

export interface JsonSchemaOptions {
	target?: 'draft-2020-12' | 'draft-07';
	/**
	 * `stored` (records.json): dates and times as Cairn writes them, `2026-03-14T02:10:00Z`.
	 * `written` (editors): as an author may type them, `2026-03-14 02:10 UTC` included.
	 */
	dates?: 'stored' | 'written';
}

/**
 * The JSON Schema of `schema` for data as written (fields with a default may be left out). Dates
 * are text in JSON and YAML: `YYYY-MM-DD`, or a date and time.
 */
export function jsonSchemaOf(
	schema: z.ZodType,
	{ target = 'draft-2020-12', dates = 'stored' }: JsonSchemaOptions = {},
): Record<string, unknown> {
	return z.toJSONSchema(schema, {
		target,
		io: 'input',
		unrepresentable: 'any',
		override: ({ zodSchema, jsonSchema }) => {
			if (isOrDescribes(zodSchema, isoDate)) replace(jsonSchema, { type: 'string', format: 'date' });
			if (isOrDescribes(zodSchema, isoDateTime)) {
				replace(
					jsonSchema,
					dates === 'stored' ? { type: 'string', format: 'date-time' } : { type: 'string', pattern: DATE_TIME_PATTERN },
				);
			}
		},
	});
}

/** `schema` is `base`, or a copy of it made by `.describe()` (which keeps its definition). */
function isOrDescribes(schema: z.core.$ZodType, base: z.ZodType): boolean {
	return schema === base || schema._zod.def === base._zod.def;
}

function replace(target: Record<string, unknown>, value: Record<string, unknown>): void {
	// A description set where the date is used (`date: isoDate.describe(…)`) stays.
	const description = target.description;
	for (const key of Object.keys(target)) Reflect.deleteProperty(target, key);
	Object.assign(target, value, description === undefined ? {} : { description });
}
