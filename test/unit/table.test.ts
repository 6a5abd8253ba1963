// The table model behind components/Table.astro: which classes, scopes, spans and data attributes
// each cell and row gets, from columns and rows given as data.
import { describe, expect, it } from 'vitest';
import { cellClass, cellParts, tableBody, tableFoot, type TableColumn } from '../../src/lib/table.ts';

interface Item {
	id: string;
	title: string;
	effort: number;
	status: string;
}

const columns: TableColumn<Item>[] = [
	{ label: 'Item', cell: (item) => ({ strong: item.id, text: item.title }), sort: (item) => item.id },
	{ label: 'Effort', numeric: true, cell: (item) => item.effort, sort: (item) => item.effort },
	{ label: 'Status', nowrap: true, cell: (item) => ({ badge: item.status }) },
	{ key: 'links', label: 'Links', slot: true },
];
const items: Item[] = [
	{ id: 'TD-1', title: 'Old queue', effort: 2.5, status: 'open' },
	{ id: 'TD-2', title: 'No backups', effort: 1, status: 'paid' },
];

describe('a table cell', () => {
	it('is text when a string or number, empty when undefined, as given when parts', () => {
		expect(cellParts('a')).toEqual({ text: 'a' });
		expect(cellParts(0)).toEqual({ text: 0 });
		expect(cellParts(undefined)).toEqual({});
		expect(cellParts({ strong: 'TD-1', text: 'x' })).toEqual({ strong: 'TD-1', text: 'x' });
	});

	it('is right-aligned by a class in a numeric column, and keeps its own classes after', () => {
		expect(cellClass({ numeric: true })).toBe('cairn-num');
		expect(cellClass({ numeric: true, nowrap: true }, 'cairn-best')).toBe('cairn-num cairn-nowrap cairn-best');
		expect(cellClass({}, 'cairn-count')).toBe('cairn-count');
		expect(cellClass({})).toBeUndefined();
	});
});

describe('the body of a table', () => {
	const body = tableBody(columns, items, (item) => ({
		id: `debt-${item.id}`,
		filters: { status: item.status, tags: 'a b' },
	}));

	it('gives each row its anchor and one data attribute per filter value', () => {
		expect(body.map((row) => row.attributes)).toEqual([
			{ id: 'debt-TD-1', class: undefined, 'data-status': 'open', 'data-tags': 'a b' },
			{ id: 'debt-TD-2', class: undefined, 'data-status': 'paid', 'data-tags': 'a b' },
		]);
	});

	it('gives each cell its sort value, alignment, parts and column label, and marks the slot column', () => {
		const [first] = body;
		expect(first?.row).toBe(items[0]);
		expect(first?.cells).toEqual([
			{
				tag: 'td',
				scope: undefined,
				class: undefined,
				sort: 'TD-1',
				parts: { strong: 'TD-1', text: 'Old queue' },
				label: 'Item',
				slot: undefined,
			},
			{
				tag: 'td',
				scope: undefined,
				class: 'cairn-num',
				sort: 2.5,
				parts: { text: 2.5 },
				label: 'Effort',
				slot: undefined,
			},
			{
				tag: 'td',
				scope: undefined,
				class: 'cairn-nowrap',
				sort: undefined,
				parts: { badge: 'open' },
				label: 'Status',
				slot: undefined,
			},
			{
				tag: 'td',
				scope: undefined,
				class: undefined,
				sort: undefined,
				parts: {},
				label: 'Links',
				slot: { key: 'links' },
			},
		]);
	});

	it('names a cell’s column with its note, as a phone shows it above the cell', () => {
		const [row] = tableBody([{ label: 'Q1', note: '(2027-01)', cell: (item: Item) => item.effort }], items, () => ({}));
		expect(row?.cells[0]?.label).toBe('Q1 (2027-01)');
	});

	it('makes a row-header column th scope="row"', () => {
		const [row] = tableBody([{ label: 'Name', rowHeader: true, cell: (item: Item) => item.id }], items, () => ({}));
		expect(row?.cells[0]).toMatchObject({ tag: 'th', scope: 'row', parts: { text: 'TD-1' } });
	});
});

describe('the footer of a table', () => {
	it('puts its label over the first columns, its cells under the next, and one empty cell over the rest', () => {
		const [row] = tableFoot(columns, [{ label: 'Outstanding: 1 of 2 items', span: 1, cells: ['2.5 weeks'] }]);
		expect(row?.cells).toEqual([
			{ tag: 'th', scope: 'row', colspan: undefined, parts: { text: 'Outstanding: 1 of 2 items' } },
			{ tag: 'td', class: 'cairn-num', parts: { text: '2.5 weeks' }, label: 'Effort' },
			{ tag: 'td', colspan: 2, parts: {} },
		]);
	});

	it('spans the label over several columns and fills every column with no filler', () => {
		const [row] = tableFoot(columns, [{ label: 'Total', span: 2, cells: [{ strong: 'x' }, { strong: 'y' }, 'z'] }]);
		expect(row?.cells.map((cell) => [cell.tag, cell.colspan, cell.class])).toEqual([
			['th', 2, undefined],
			['td', undefined, 'cairn-nowrap'],
			['td', undefined, undefined],
		]);
	});
});
