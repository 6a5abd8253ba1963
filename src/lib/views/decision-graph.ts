// The decision graph: supersede and amend relations between ADRs, and the roadmap items that rely
// on them, as a Mermaid flowchart. Only records with a relation appear; the log lists the rest.
import { ofKind, type ViewDocument } from './documents.ts';
import { label, nodeId } from './mermaid.ts';

export interface DecisionGraph {
	/** Mermaid source, or `undefined` when no record has a relation. */
	source: string | undefined;
	/** The ADRs drawn, for a table of links beside the diagram. */
	adrs: { adr: string; page: string; title: string; status: string }[];
}

export function decisionGraph(documents: readonly ViewDocument[]): DecisionGraph {
	const adrs = ofKind(documents, 'adr');
	const known = new Map(adrs.map((d) => [d.data.id, d]));
	const edges: string[] = [];
	const drawn = new Set<string>();
	const link = (from: string, to: string, arrow: string) => {
		drawn.add(from).add(to);
		edges.push(`  ${nodeId(from)} ${arrow} ${nodeId(to)}`);
	};
	for (const { data } of adrs) {
		for (const old of data.supersedes) if (known.has(old)) link(old, data.id, '-->|superseded by|');
		for (const amended of data.amends) if (known.has(amended)) link(data.id, amended, '-.->|amends|');
	}
	const items: string[] = [];
	for (const { data } of ofKind(documents, 'roadmap')) {
		for (const item of data.items) {
			const related = item.adrs.filter((id) => known.has(id));
			if (!related.length) continue;
			const node = nodeId(`roadmap_${item.id}`);
			items.push(`  ${node}[[${label(`${item.id}: ${item.title}`)}]]:::roadmap`);
			for (const id of related) {
				drawn.add(id);
				edges.push(`  ${nodeId(id)} -.-> ${node}`);
			}
		}
	}
	const nodes = adrs
		.filter((d) => drawn.has(d.data.id))
		.sort((a, b) => a.data.id.localeCompare(b.data.id, 'en', { numeric: true }))
		.map((d) => ({ adr: d.data.id, page: d.id, title: d.data.title, status: d.data.status }));
	if (!nodes.length) return { source: undefined, adrs: [] };
	const source = [
		'flowchart LR',
		...nodes.map((n) => `  ${nodeId(n.adr)}(${label(`${n.adr}: ${n.title}`)}):::${n.status}`),
		...items,
		...edges,
		'  classDef superseded stroke-dasharray: 4 3,opacity:0.75',
		'  classDef deprecated stroke-dasharray: 4 3,opacity:0.75',
		'  classDef rejected stroke-dasharray: 2 2,opacity:0.6',
		'  classDef proposed stroke-width:2px',
		'  classDef accepted stroke-width:2px',
		'  classDef roadmap stroke-width:1px',
	].join('\n');
	return { source, adrs: nodes };
}
