// Architecture decision records: one decision, its context and its consequences (after MADR 4).
import { z } from 'zod';
import { adrStatuses } from '../core/vocabulary.ts';
import { addRule, adrId, commonFields, isoDate, person } from './common.ts';

export const adrSchema = z
	.strictObject({
		kind: z.literal('adr'),
		...commonFields,
		/** The record's identifier, unique within the client. Required. @example id: ADR-0007 */
		id: adrId,
		/**
		 * Where the decision stands: `proposed`, `accepted`, `rejected`, `deprecated` or `superseded`.
		 * An accepted ADR must have `date` and `decisionMakers`; a superseded one `supersededBy`.
		 */
		status: z.enum(adrStatuses),
		/** The day the decision was made (or last changed status). @example date: 2026-02-03 */
		date: isoDate.optional(),
		/** Who made the decision. @example decisionMakers: [Priya Raman (CTO), Tom Okafor] */
		decisionMakers: z.array(person).default([]),
		/** Whose opinion was sought before deciding (two-way communication). */
		consulted: z.array(person).default([]),
		/** Who was told of the decision (one-way communication). */
		informed: z.array(person).default([]),
		/** The ADRs this one replaces; each of them must name this one in `supersededBy`. @example supersedes: [ADR-0004] */
		supersedes: z.array(adrId).default([]),
		/** The ADR that replaced this one. Required when `status` is `superseded`. @example supersededBy: ADR-0011 */
		supersededBy: adrId.optional(),
		/** ADRs this one changes without replacing them. @example amends: [ADR-0005] */
		amends: z.array(adrId).default([]),
		/**
		 * Where `cairn import` found this record, relative to the imported folder. Imported records
		 * may lack a date or decision makers their source never had: `cairn check` warns instead of
		 * failing. @example importedFrom: docs/adr/0005-help-comments.md
		 */
		importedFrom: z.string().optional(),
		/**
		 * The status as the imported source wrote it, kept verbatim so nothing is lost: review it
		 * against `status`, which is what Cairn read it as. @example sourceStatus: ✅ Agreed (pilot only)
		 */
		sourceStatus: z.string().optional(),
	})
	.superRefine((adr, ctx) => {
		if (adr.status === 'accepted' && !adr.importedFrom) {
			if (!adr.date) addRule(ctx, 'AdrAcceptedNeedsDate', {}, { path: ['date'], anchor: ['status'] });
			if (adr.decisionMakers.length === 0) {
				addRule(ctx, 'AdrAcceptedNeedsDecisionMakers', {}, { path: ['decisionMakers'], anchor: ['status'] });
			}
		}
		if (adr.status === 'superseded' && !adr.supersededBy) {
			addRule(ctx, 'AdrSupersededNeedsSuccessor', {}, { path: ['supersededBy'], anchor: ['status'] });
		}
		if (adr.supersededBy && adr.status !== 'superseded') {
			addRule(ctx, 'AdrSuccessorNeedsSupersededStatus', { status: adr.status }, { path: ['status'] });
		}
		if (adr.supersededBy === adr.id || adr.supersedes.includes(adr.id)) {
			addRule(ctx, 'AdrSupersedesItself', { id: adr.id }, { path: ['id'] });
		}
	});

export type Adr = z.output<typeof adrSchema>;
