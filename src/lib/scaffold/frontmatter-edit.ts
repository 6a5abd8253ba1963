// Changes fields in a document's frontmatter and leaves everything else, the body above all,
// byte for byte as it was. Comments and the order of existing keys survive too.
import { Document, parseDocument } from 'yaml';
import { frontmatterRange } from '../frontmatter.ts';
import { timestampTags } from '../yaml-source.ts';

export type FieldPath = readonly (string | number)[];

/**
 * A value to set. Dates are `Date`s, written `YYYY-MM-DD`; lists of plain values are written in
 * flow style, `[a, b]`.
 */
export type FieldValue = string | number | boolean | Date | readonly (string | number)[] | Record<string, unknown>[];

/** A `YYYY-MM-DD` date as the value of a date field. */
export function dateField(date: string): Date {
	return new Date(`${date}T00:00:00Z`);
}

function toYaml(doc: Document, value: FieldValue) {
	const flow = Array.isArray(value) && value.every((v) => typeof v !== 'object');
	return doc.createNode(value, { flow });
}

/** Sets fields on a YAML document; returns the new text. */
export function setYamlFields(yaml: string, fields: readonly [FieldPath, FieldValue][]): string {
	// The same tags as the parser, so a text that looks like a date gets quoted.
	const doc = parseDocument(yaml, { customTags: timestampTags });
	for (const [path, value] of fields) doc.setIn(path, toYaml(doc, value));
	const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
	return text.endsWith('\n') ? text : `${text}\n`;
}

/** Sets fields in the frontmatter of a document's text. Throws when the text has no frontmatter. */
export function setFrontmatterFields(text: string, fields: readonly [FieldPath, FieldValue][]): string {
	const range = frontmatterRange(text);
	if (!range) throw new Error('the document has no frontmatter block');
	const yaml = text.slice(range.start, range.end);
	const newline = yaml.includes('\r\n') ? '\r\n' : '\n';
	const updated = setYamlFields(yaml, fields).replace(/\n/g, newline);
	return text.slice(0, range.start) + updated + text.slice(range.end);
}
