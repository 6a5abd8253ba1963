// The frontmatter of an imported ADR, written with the `yaml` package (never by pasting user text
// into YAML): lists in flow style as the README writes them, and any text that YAML would read as
// a date quoted, since unquoted dates become dates in the build.
import { Document, visit } from 'yaml';
import type { AdrStatus } from './model.ts';

export interface RecordFields {
	title: string;
	id: string;
	status: AdrStatus;
	/** The status as the source wrote it, verbatim, when it said anything. */
	sourceStatus?: string;
	date?: string;
	decisionMakers: readonly string[];
	consulted: readonly string[];
	informed: readonly string[];
	supersedes: readonly string[];
	supersededBy?: string;
	amends: readonly string[];
	tags: readonly string[];
	importedFrom: string;
}

/** The `---`-delimited frontmatter block, ending with a newline. */
export function recordFrontmatter(fields: RecordFields): string {
	const data: Record<string, unknown> = { title: fields.title, kind: 'adr', id: fields.id, status: fields.status };
	// A real date object, so the timestamp tag writes it unquoted: `date: 2016-02-12`.
	if (fields.date) data.date = new Date(`${fields.date}T00:00:00Z`);
	const lists = ['decisionMakers', 'consulted', 'informed', 'supersedes'] as const;
	for (const key of lists) if (fields[key].length) data[key] = [...fields[key]];
	if (fields.supersededBy) data.supersededBy = fields.supersededBy;
	if (fields.amends.length) data.amends = [...fields.amends];
	if (fields.tags.length) data.tags = [...fields.tags];
	data.importedFrom = fields.importedFrom;
	if (fields.sourceStatus !== undefined) data.sourceStatus = fields.sourceStatus;
	const doc = new Document(data, { customTags: ['timestamp'] });
	visit(doc, {
		Seq(_, node) {
			node.flow = true;
		},
	});
	return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}
