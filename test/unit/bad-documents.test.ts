// A table of bad documents and the exact problem each must produce: code, position and message,
// with the message built from the same catalogue the checker uses.
import { describe, expect, it } from 'vitest';
import { problemCatalogue, type ProblemArgs, type ProblemCode } from '../../src/core/problem-catalogue.ts';
import { readDocumentSource } from '../../src/lib/document-source.ts';
import { documentSchema, kindNames } from '../../src/schemas/document.ts';

interface Row<C extends ProblemCode> {
	name: string;
	text: string;
	code: C;
	args: ProblemArgs<C>;
	at: [line: number, column: number];
	field: string;
}

const row = <C extends ProblemCode>(r: Row<C>) => r;
const adr = (lines: string) => `---\ntitle: T\nkind: adr\nid: ADR-0001\n${lines}\n---\nBody.\n`;

const table = [
	row({ name: 'no frontmatter at all', text: 'Just text.\n', code: 'NoFrontmatter', args: {}, at: [1, 1], field: '' }),
	row({
		name: 'frontmatter never closed',
		text: '\n---\ntitle: T\n',
		code: 'UnclosedFrontmatter',
		args: {},
		at: [2, 1],
		field: '',
	}),
	row({
		name: 'a list where a mapping belongs',
		text: '---\n- a\n- b\n---\n',
		code: 'NotAMapping',
		args: {},
		at: [2, 1],
		field: '',
	}),
	row({
		name: 'a missing kind',
		text: '---\ntitle: T\n---\n',
		code: 'MissingField',
		args: { expected: `one of ${kindNames.join(', ')}` },
		at: [2, 1],
		field: 'kind',
	}),
	row({
		name: 'a status that is not one of the five',
		text: adr('status: done'),
		code: 'NotOneOf',
		args: { options: ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'], received: '"done"' },
		at: [5, 9],
		field: 'status',
	}),
	row({
		name: 'a list where text belongs',
		text: adr('status: proposed\nowner: [a, b]'),
		code: 'WrongType',
		args: { expected: 'text', received: 'a list' },
		at: [6, 8],
		field: 'owner',
	}),
	row({
		name: 'an unknown field, misspelt',
		text: adr('status: proposed\nsupersede: [ADR-0002]'),
		code: 'UnknownField',
		args: { key: 'supersede', suggestion: 'supersedes' },
		at: [6, 1],
		field: 'supersede',
	}),
	row({
		name: 'a superseded record without its successor',
		text: adr('status: superseded'),
		code: 'AdrSupersededNeedsSuccessor',
		args: {},
		at: [5, 9],
		field: 'supersededBy',
	}),
	row({
		name: 'a date in the wrong order',
		text: adr('status: proposed\ndate: 03/02/2026'),
		code: 'InvalidValue',
		args: { detail: 'expected a date written YYYY-MM-DD', received: '"03/02/2026"' },
		at: [6, 7],
		field: 'date',
	}),
	row({
		name: 'a runbook whose escalation list is empty',
		text: '---\ntitle: T\nkind: runbook\nservice: api\nseverity: sev2\nescalation: []\nlastReviewed: 2026-01-01\n---\n',
		code: 'InvalidValue',
		args: { detail: 'expected at least one person or team', received: 'a list' },
		at: [6, 13],
		field: 'escalation',
	}),
];

describe('the kinds', () => {
	it('are the members of the document schema, in the same order', () => {
		const members = documentSchema.options.map((option) => option.shape.kind.value);
		expect(members).toEqual(kindNames);
	});
});

describe('bad documents', () => {
	it.each(table)('$name → $code at $at', ({ text, code, args, at, field }) => {
		const [problem, ...others] = readDocumentSource('doc.mdx', text).problems;
		const spec = problemCatalogue[code] as { message: (a: unknown) => string };
		expect(others).toEqual([]);
		expect(problem).toMatchObject({ code, line: at[0], column: at[1], field, message: spec.message(args) });
	});
});
