import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/yaml-source.ts';

const text = `title: Queue
tags:
  - infra
  - data
horizon:
  start: 2026-01-01
empty:
`;

describe('YAML positions', () => {
	const source = parseYaml(text, 2);

	it('points at values and keys in file lines', () => {
		expect(source.locate(['title'])).toEqual({ line: 2, column: 8, exact: true });
		expect(source.locate(['title'], 'key')).toEqual({ line: 2, column: 1, exact: true });
		expect(source.locate(['tags', 1])).toEqual({ line: 5, column: 5, exact: true });
		expect(source.locate(['horizon', 'start'])).toEqual({ line: 7, column: 10, exact: true });
	});

	it('falls back to the nearest ancestor for paths that are not written', () => {
		expect(source.locate(['horizon', 'end'])).toEqual({ line: 7, column: 3, exact: false });
		expect(source.locate(['missing'])).toEqual({ line: 2, column: 1, exact: false });
	});

	it('points at the key of an empty value', () => {
		expect(source.locate(['empty'])).toEqual({ line: 8, column: 1, exact: true });
	});

	it('reads unquoted dates as js-yaml does, and leaves impossible ones as text', () => {
		const parsed = parseYaml('a: 2026-01-05\nb: "2026-01-05"\nc: 2026-02-30\n').data;
		expect(parsed).toEqual({ a: new Date('2026-01-05T00:00:00Z'), b: '2026-01-05', c: '2026-02-30' });
	});

	it('reports syntax errors with their position and no data', () => {
		const broken = parseYaml('a: [1, 2\nb: c\n', 2);
		expect(broken.data).toBeUndefined();
		expect(broken.errors[0]).toMatchObject({ line: 3 });
		expect(parseYaml('a: 1\na: 2\n').errors[0]?.message).toMatch(/unique/i);
	});
});
