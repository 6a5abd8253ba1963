// The one path from a zod issue to a human message: each issue becomes a catalogue problem with
// the field, what was expected, what was found, and the file position of the key or value.
import type { z } from 'zod';
import { suggest } from '../../core/suggest.ts';
import type { YamlSource } from '../yaml-source.ts';
import { formatPath, problem, type Problem } from './problem.ts';
import { ruleOf } from '../../schemas/common.ts';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

const TYPE_NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of "key: value" fields',
	date: 'a date written YYYY-MM-DD',
};

/** Describes a value found in the frontmatter, in the words a reader would use. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (value instanceof Date) return `a date (${value.toISOString().slice(0, 10)})`;
	if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
		return `${String(value)} (a ${typeof value})`;
	}
	return 'a group of fields';
}

function unwrap(schema: AnySchema): AnySchema {
	let current = schema;
	for (;;) {
		const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
		if (def.innerType) current = def.innerType;
		else if (def.type === 'pipe' && def.in) current = def.in;
		else return current;
	}
}

/** Picks the member of a discriminated union that the data's discriminator selects. */
function unionMember(schema: AnySchema, value: unknown): AnySchema | undefined {
	const def = schema._zod.def as unknown as { options: AnySchema[]; discriminator?: string };
	const key = def.discriminator;
	const tag = key && value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
	const match = def.options.find((option) => {
		const shape = (unwrap(option)._zod.def as { shape?: Record<string, AnySchema> }).shape;
		const literal = key ? (shape?.[key]?._zod.def as { values?: unknown[] } | undefined) : undefined;
		return literal?.values?.includes(tag);
	});
	return match && unwrap(match);
}

/** The object schema a path leads to, choosing union members by the data's discriminator. */
function objectAt(schema: AnySchema, path: readonly PropertyKey[], data: unknown): AnySchema | undefined {
	let current: AnySchema | undefined = unwrap(schema);
	let value = data;
	for (let i = 0; ; i++) {
		if (current._zod.def.type === 'union') current = unionMember(current, value);
		if (!current) return undefined;
		const def = current._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
		if (i === path.length) return def.type === 'object' ? current : undefined;
		const key = path[i];
		if (key === undefined) return undefined;
		if (def.type === 'object' && typeof key === 'string' && def.shape?.[key]) current = unwrap(def.shape[key]);
		else if (def.type === 'array' && def.element) current = unwrap(def.element);
		else return undefined;
		value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
	}
}

function knownKeys(schema: AnySchema, path: readonly PropertyKey[], data: unknown): string[] {
	const object = objectAt(schema, path, data);
	const shape = object && (object._zod.def as { shape?: Record<string, unknown> }).shape;
	return shape ? Object.keys(shape) : [];
}

export interface ZodProblemContext {
	file: string;
	source: YamlSource;
	/** The schema that produced the issues, to suggest field names for unknown ones. */
	schema: AnySchema;
	/** The parsed data, to pick the right member of a union. */
	data: unknown;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (!value || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/** Zod's own messages start like these; anything else was written for Cairn and is worth keeping. */
function isZodDefaultMessage(message: string): boolean {
	return /^(Invalid|Too small|Too big|Unrecognized)/.test(message);
}

/** A bound zod states in its own words ("Too small: expected number to be >=0"), in a reader's. */
function boundWords(
	issue: { origin: string; inclusive?: boolean; minimum?: unknown; maximum?: unknown },
	side: 'least' | 'most',
): string {
	const bound = String(side === 'least' ? issue.minimum : issue.maximum);
	const what =
		{ number: 'a number', int: 'a whole number', string: 'text', array: 'a list' }[issue.origin] ?? 'a value';
	const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
	if (issue.inclusive === false) return `expected ${what} ${side === 'least' ? 'above' : 'below'} ${bound}${unit}`;
	return `expected ${what} of at ${side} ${bound}${unit}`;
}

function fromIssue(issue: Issue, ctx: ZodProblemContext): Problem[] {
	const path = issue.path;
	const field = formatPath(path);
	const at = (where: readonly PropertyKey[], part: 'key' | 'value' = 'value') => {
		const { line, column } = ctx.source.locate(where, part);
		return { file: ctx.file, line, column, field };
	};
	const input = 'input' in issue ? issue.input : valueAt(ctx.data, path);

	switch (issue.code) {
		case 'unrecognized_keys': {
			const keys = knownKeys(ctx.schema, path, ctx.data);
			return issue.keys.map((key) => {
				const suggestion = suggest(key, keys);
				const where = at([...path, key], 'key');
				return problem(
					'UnknownField',
					{ key, ...(suggestion ? { suggestion } : {}) },
					{ ...where, field: formatPath([...path, key]) },
				);
			});
		}
		case 'invalid_union': {
			if (issue.discriminator) {
				const options = (issue as { options?: unknown[] }).options?.map(String) ?? [];
				const received = valueAt(ctx.data, path);
				if (received === undefined) {
					return [problem('MissingField', { expected: `one of ${options.join(', ')}` }, at(path.slice(0, -1)))];
				}
				const suggestion = typeof received === 'string' ? suggest(received, options) : undefined;
				return [
					problem(
						'UnknownKind',
						{ options, received: describeValue(received), ...(suggestion ? { suggestion } : {}) },
						at(path),
					),
				];
			}
			if (input === undefined)
				return [problem('MissingField', { expected: issue.message.replace(/^expected /, '') }, at(path.slice(0, -1)))];
			return [problem('InvalidValue', { detail: issue.message, received: describeValue(input) }, at(path))];
		}
		case 'invalid_type': {
			if (!isZodDefaultMessage(issue.message)) {
				return [problem('InvalidValue', { detail: issue.message, received: describeValue(input) }, at(path))];
			}
			const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
			if (input === undefined) return [problem('MissingField', { expected }, at(path.slice(0, -1)))];
			const quote =
				(issue.expected === 'string' && input !== null && typeof input !== 'object') || input instanceof Date;
			return [problem('WrongType', { expected, received: describeValue(input), quote }, at(path))];
		}
		case 'invalid_value': {
			const options = issue.values.map(String);
			const suggestion = typeof input === 'string' ? suggest(input, options) : undefined;
			return [
				problem(
					'NotOneOf',
					{ options, received: describeValue(input), ...(suggestion ? { suggestion } : {}) },
					at(path),
				),
			];
		}
		case 'too_small': {
			if (issue.origin === 'array' && isZodDefaultMessage(issue.message)) {
				return [problem('TooFew', { minimum: Number(issue.minimum), what: 'item' }, at(path))];
			}
			const detail = isZodDefaultMessage(issue.message) ? boundWords(issue, 'least') : issue.message;
			return [problem('InvalidValue', { detail, received: describeValue(input) }, at(path))];
		}
		case 'too_big': {
			const detail = isZodDefaultMessage(issue.message) ? boundWords(issue, 'most') : issue.message;
			return [problem('InvalidValue', { detail, received: describeValue(input) }, at(path))];
		}
		case 'custom': {
			const params = ruleOf(issue.params);
			if (params) {
				// The anchor names a sibling of the field, in the same object.
				const where = at(params.anchor ? [...path.slice(0, -1), ...params.anchor] : path);
				return [problem(params.cairn, params.args as never, { ...where, field })];
			}
			return [problem('InvalidValue', { detail: issue.message, received: describeValue(input) }, at(path))];
		}
		default:
			return [problem('InvalidValue', { detail: issue.message, received: describeValue(input) }, at(path))];
	}
}

/** Turns every issue of a failed parse into problems positioned in the file. */
export function problemsFromZod(issues: readonly Issue[], ctx: ZodProblemContext): Problem[] {
	return issues.flatMap((issue) => fromIssue(issue, ctx));
}
