// The "Key: value" bullet list under the title that MADR 2 (`* Status: accepted`) and log4brains
// (`- Date: 2020-09-24`) use for metadata, read from the parsed list, never from raw lines.
import type { Link, List } from 'mdast';
import { afterBlankLines, blockRange, plainText, preamble, span, walk } from './markdown.ts';
import type { Range } from './model.ts';
import type { SourceDoc } from './source-doc.ts';

export interface MetadataItem {
	/** The key, lowercase with hyphens: `status`, `date`, `deciders`, `decision-makers`, `tags`… */
	key: string;
	/** The text after the colon, without HTML comments. */
	value: string;
	/** The links in the value, e.g. the successor of `superseded by [x](x.md)`. */
	links: Link[];
}

export interface MetadataList {
	items: MetadataItem[];
	/** The text to drop from the body: the whole list, or only the items that were read. */
	removals: Range[];
}

const ITEM = /^([A-Za-z][A-Za-z -]*?)\s*:\s*(.*)$/;

function readItem(item: List['children'][number], keys: ReadonlySet<string>): MetadataItem | undefined {
	const paragraph = item.children[0];
	if (paragraph?.type !== 'paragraph') return undefined;
	const match = ITEM.exec(plainText(paragraph));
	const key = match?.[1]?.toLowerCase().replace(/\s+/g, '-');
	if (!match || !key || !keys.has(key)) return undefined;
	const links: Link[] = [];
	walk(paragraph, (node) => {
		if (node.type === 'link') links.push(node);
	});
	return { key, value: match[2] ?? '', links };
}

/** The first list between the title and the first section whose items are `Key: value` metadata. */
export function readMetadataList(doc: SourceDoc, keys: readonly string[]): MetadataList | undefined {
	const known = new Set(keys);
	for (const node of preamble(doc.tree)) {
		if (node.type !== 'list') continue;
		const read = node.children.map((item) => ({ item, metadata: readItem(item, known) }));
		const items = read.flatMap((r) => (r.metadata ? [r.metadata] : []));
		if (items.length === 0) continue;
		const removals =
			items.length === node.children.length
				? [blockRange(doc.body, node)]
				: read.flatMap((r) =>
						r.metadata ? [{ start: span(r.item).start, end: afterBlankLines(doc.body, span(r.item).end) }] : [],
					);
		return { items, removals };
	}
	return undefined;
}
