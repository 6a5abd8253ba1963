// The anchors each kind's header writes on its page (a roadmap item's row, a debt item's, a
// security control's, a postmortem's action item), so that links to them can be checked. One entry
// per kind: a new kind must say which, if any, its header writes.
import { kindEntry, type KindName } from '../core/kinds.ts';
import type { DocumentData, DocumentOf } from '../schemas/document.ts';
import { roadmapItemAnchor } from './views/roadmap.ts';

/** The anchor of a debt item's row in the register's header. */
export const debtItemAnchor = (id: string) => `debt-${id}`;
/** The anchor of a control's row in the security baseline's header. */
export const controlAnchor = (id: string) => `control-${id}`;
/** The anchor of an action item's row in a postmortem's header. */
export const actionAnchor = (id: string) => `action-${id}`;

const none = (): string[] => [];

const anchorsByKind = {
	roadmap: (roadmap: DocumentOf<'roadmap'>) => roadmap.items.map((item) => roadmapItemAnchor(item.id)),
	debt: (register: DocumentOf<'debt'>) => register.items.map((item) => debtItemAnchor(item.id)),
	security: (baseline: DocumentOf<'security'>) => baseline.controls.map((control) => controlAnchor(control.id)),
	postmortem: (postmortem: DocumentOf<'postmortem'>) => postmortem.actions.map((action) => actionAnchor(action.id)),
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
	// A kind added without its entry has no header anchors rather than crashing `check`.
	const read = kindEntry<(data: DocumentData) => string[]>(anchorsByKind, data.kind) ?? none;
	return read(data);
}
