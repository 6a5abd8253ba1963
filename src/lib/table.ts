// What a generated table is made of, for the one component that draws every table
// (components/Table.astro): columns that say how to read a cell from a row, cells as data, and the
// footer's cells laid out under their columns. Kept apart from the component so it can be tested.

/**
 * A cell as data. A string or number is the cell's text; `undefined` is an empty cell. The object
 * form puts together the few shapes our tables use, in this order: a bold part, the text (a link
 * when `href` is given), a status badge, a note in small type.
 */
export type TableCell = string | number | undefined | TableCellParts;

export interface TableCellParts {
	/** Bold, first: an item's id before its title, a total. @example strong: 'TD-1' */
	strong?: string | number | undefined;
	/** The text, after the bold part. */
	text?: string | number | undefined;
	/** Makes the text a link to this address. */
	href?: string | undefined;
	/** A status word drawn as a coloured badge (components/StatusBadge.astro). */
	badge?: string | undefined;
	/** Small text last: a unit, a detail. @example note: '(12 days)' */
	note?: string | undefined;
	/** Classes of the cell itself. @example class: 'cairn-best' */
	class?: string | undefined;
}

export interface TableColumn<Row> {
	/** The header's text. */
	label: string;
	/** Small text after the label in the header. @example note: '(2026-01)' */
	note?: string | undefined;
	/** The column's name, on its header (`data-key`), for scripts and tests to find it by. */
	key?: string | undefined;
	/** Figures: right-aligned, header included (class `cairn-num`). Default: false. */
	numeric?: boolean | undefined;
	/** Keeps each cell on one line (dates, amounts). Default: false. */
	nowrap?: boolean | undefined;
	/** Each cell is its row's header (`<th scope="row">`). Default: false. */
	rowHeader?: boolean | undefined;
	/** The cell of a row. Left out, the cell is empty, or drawn by the slot when `slot` is set. */
	cell?: (row: Row) => TableCell;
	/**
	 * The cells are drawn by the component's slot, a function of the row and the column's key, for
	 * content data cannot describe (a link to an ADR, code). Default: false.
	 */
	slot?: boolean | undefined;
	/** What the browser's sort orders the column by (`data-sort`), when not the cell's text. */
	sort?: (row: Row) => string | number;
}

/** A row's own attributes: its anchor, its classes, and the values filters match (`data-*`). */
export interface TableRowAttributes {
	id?: string | undefined;
	class?: string | undefined;
	/** One `data-<name>` attribute each, as scripts/table.ts matches them (`status`, `tags`). */
	filters?: Record<string, string>;
}

/** A footer row: a header spanning the first columns, then cells under the columns after it. */
export interface TableFootRow {
	label: string;
	/** How many columns the header spans. Default: 1. */
	span?: number;
	/** Cells for the columns after the header, in order; columns left over get one empty cell. */
	cells: readonly TableCell[];
}

/** The object form of any cell. */
export function cellParts(cell: TableCell): TableCellParts {
	if (cell === undefined) return {};
	return typeof cell === 'object' ? cell : { text: cell };
}

/** Classes of a cell or header in a column: alignment and wrapping, then the cell's own. */
export function cellClass(column: Pick<TableColumn<never>, 'numeric' | 'nowrap'>, own?: string): string | undefined {
	const classes = [column.numeric && 'cairn-num', column.nowrap && 'cairn-nowrap', own].filter(Boolean);
	return classes.length > 0 ? classes.join(' ') : undefined;
}

/** A column's label with its note, as a stacked cell names its column: `Q1 (2027-01)`. */
function columnLabel(column: Partial<Pick<TableColumn<never>, 'label' | 'note'>>): string | undefined {
	return column.note ? `${column.label ?? ''} ${column.note}`.trim() : column.label;
}

/** One cell as the component draws it. */
export interface DrawnCell {
	tag: 'th' | 'td';
	scope?: 'row' | undefined;
	colspan?: number | undefined;
	class?: string | undefined;
	sort?: string | number | undefined;
	parts: TableCellParts;
	/** Its column's label, which a narrow screen shows beside it when rows are stacked (`data-label`). */
	label?: string | undefined;
	/** Drawn by the component's slot from the row and `key`, instead of from `parts`. */
	slot?: { key: string | undefined } | undefined;
}

/** One row as the component draws it: its attributes (`id`, `class`, `data-*`) and its cells. */
export interface DrawnRow<Row> {
	row?: Row;
	attributes: Record<string, string | undefined>;
	cells: DrawnCell[];
}

/** The body's rows: each cell from its column's `cell`, or marked to be drawn by the slot. */
export function tableBody<Row>(
	columns: readonly TableColumn<Row>[],
	rows: readonly Row[],
	attributesOf: (row: Row) => TableRowAttributes,
): DrawnRow<Row>[] {
	return rows.map((row) => {
		const { id, class: classes, filters = {} } = attributesOf(row);
		const data = Object.entries(filters).map(([name, value]) => [`data-${name}`, value] as const);
		return {
			row,
			attributes: { id, class: classes, ...Object.fromEntries(data) },
			cells: columns.map((column) => {
				const parts = cellParts(column.cell?.(row));
				return {
					tag: column.rowHeader ? 'th' : 'td',
					scope: column.rowHeader ? 'row' : undefined,
					class: cellClass(column, parts.class),
					sort: column.sort?.(row),
					parts,
					label: columnLabel(column),
					slot: column.slot ? { key: column.key } : undefined,
				};
			}),
		};
	});
}

/** The footer's rows: a row header over the first columns, cells under the others, then a filler. */
export function tableFoot<Row>(columns: readonly TableColumn<Row>[], foot: readonly TableFootRow[]): DrawnRow<Row>[] {
	return foot.map((row) => {
		const span = row.span ?? 1;
		const after = columns.slice(span);
		const cells: DrawnCell[] = row.cells.slice(0, after.length).map((cell, i) => {
			const parts = cellParts(cell);
			const column: Partial<TableColumn<Row>> = after[i] ?? {};
			return { tag: 'td', class: cellClass(column, parts.class), parts, label: columnLabel(column) };
		});
		const left = after.length - cells.length;
		return {
			attributes: {},
			cells: [
				{ tag: 'th', scope: 'row', colspan: span > 1 ? span : undefined, parts: { text: row.label } },
				...cells,
				...(left > 0 ? [{ tag: 'td' as const, colspan: left > 1 ? left : undefined, parts: {} }] : []),
			],
		};
	});
}
