// Filters and sorting for a generated table, in the browser, without a framework. The table is
// complete without this script; the script only hides rows and reorders them. Filters are kept in
// the address (`?status=accepted`), so a filtered view can be linked to.

/** Reads a row's filterable values from its data attributes. */
function matches(row: HTMLTableRowElement, filters: Map<string, string>): boolean {
	for (const [name, value] of filters) {
		if (!value) continue;
		if (name === 'text') {
			if (!row.textContent.toLowerCase().includes(value.toLowerCase())) return false;
		} else if (name === 'tag') {
			if (!(row.dataset.tags ?? '').split(' ').includes(value)) return false;
		} else if (row.dataset[name] !== value) {
			return false;
		}
	}
	return true;
}

function sortValue(row: HTMLTableRowElement, column: number): string {
	const cell = row.cells[column];
	return cell?.dataset.sort ?? cell?.textContent.trim() ?? '';
}

function enhanceTable(form: HTMLFormElement, table: HTMLTableElement): void {
	const body = table.tBodies[0];
	if (!body) return;
	const rows = [...body.rows];
	const output = form.querySelector('output');
	const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input')];
	const params = new URLSearchParams(location.search);
	for (const field of fields) {
		const value = params.get(field.name);
		if (value !== null) field.value = value;
	}

	const apply = () => {
		const filters = new Map(fields.map((field) => [field.name, field.value]));
		let shown = 0;
		for (const row of rows) {
			const visible = matches(row, filters);
			row.hidden = !visible;
			if (visible) shown++;
		}
		if (output) output.textContent = `${shown} of ${rows.length}`;
		const query = new URLSearchParams([...filters].filter(([, value]) => value));
		history.replaceState(null, '', `${location.pathname}${query.size ? `?${query.toString()}` : ''}${location.hash}`);
	};
	form.addEventListener('input', apply);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
	});
	form.hidden = false;
	apply();

	const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
	headers.forEach((header, column) => {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'cairn-sort';
		button.append(...header.childNodes);
		header.append(button);
		button.addEventListener('click', () => {
			const ascending = header.getAttribute('aria-sort') !== 'ascending';
			for (const other of headers) other.removeAttribute('aria-sort');
			header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
			const sorted = [...rows].sort((a, b) => {
				const order = sortValue(a, column).localeCompare(sortValue(b, column), undefined, { numeric: true });
				return ascending ? order : -order;
			});
			body.append(...sorted);
		});
	});
}

/** Enhances each filter form of the page with the table beside it (in the same parent). */
export function enhanceTables(): void {
	for (const form of document.querySelectorAll<HTMLFormElement>('form[data-cairn-filters]')) {
		const table = form.parentElement?.querySelector<HTMLTableElement>(':scope > table[data-cairn-table]');
		if (table) enhanceTable(form, table);
	}
}
