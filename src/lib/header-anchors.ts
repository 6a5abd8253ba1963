// The anchors each kind's header writes on its page (a roadmap item's row, a debt item's, a
// security control's, a postmortem's action item), so that links to them can be checked. One entry
// per kind: a new kind must say which, if any, its header writes.
import type { DocumentData, DocumentOf, KindName } from '../schemas/document.ts';
import { roadmapItemAnchor } from './views/roadmap.ts';

const none = (): string[] => [];

const anchorsByKind = {
	roadmap: (roadmap: DocumentOf<'roadmap'>) => roadmap.items.map((item) => roadmapItemAnchor(item.id)),
	debt: (register: DocumentOf<'debt'>) => register.items.map((item) => `debt-${item.id}`),
	security: (baseline: DocumentOf<'security'>) => baseline.controls.map((control) => `control-${control.id}`),
	postmortem: (postmortem: DocumentOf<'postmortem'>) => postmortem.actions.map((action) => `action-${action.id}`),
	adr: none,
	runbook: none,
	architecture: none,
	plan: none,
	vendor: none,
	hiring: none,
	budget: none,
	diligence: none,
	page: none,
} satisfies { [K in KindName]: (data: DocumentOf<K>) => string[] };

/** The anchors the header of a document's kind writes on its page. */
export function headerAnchors(data: DocumentData): string[] {
	// TypeScript cannot pair `data.kind` with its entry's parameter type; the table above does.
	// Read as partial, a kind added without its entry has no header anchors rather than crashing `check`.
	const read = (anchorsByKind as Partial<Record<KindName, (data: DocumentData) => string[]>>)[data.kind] ?? none;
	return read(data);
}
