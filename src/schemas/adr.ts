// Architecture decision records: one decision, its context and its consequences (after MADR 4).
import { z } from 'zod';
import { adrStatuses } from '../core/vocabulary.ts';
import { addRule, adrId, commonFields, documentKind, isoDate, person } from './common.ts';

export const adrSchema = z
	.strictObject({
		kind: documentKind('adr'),
		...commonFields,
		id: adrId.describe("The record's identifier, unique within the client. Required. Example: `id: ADR-0007`"),
		status: z
			.enum(adrStatuses)
			.describe(
				'Where the decision stands: `proposed`, `accepted`, `rejected`, `deprecated` or `superseded`. An accepted ADR must have `date` and `decisionMakers`; a superseded one `supersededBy`.',
			),
		date: isoDate
			.optional()
			.describe('The day the decision was made (or last changed status). Example: `date: 2026-02-03`'),
		decisionMakers: z
			.array(person)
			.default([])
			.describe('Who made the decision. Example: `decisionMakers: [Priya Raman (CTO), Tom Okafor]`'),
		consulted: z
			.array(person)
			.default([])
			.describe('Whose opinion was sought before deciding (two-way communication).'),
		informed: z.array(person).default([]).describe('Who was told of the decision (one-way communication).'),
		supersedes: z
			.array(adrId)
			.default([])
			.describe(
				'The ADRs this one replaces; each of them must name this one in `supersededBy`. Example: `supersedes: [ADR-0004]`',
			),
		supersededBy: adrId
			.optional()
			.describe(
				'The ADR that replaced this one. Required when `status` is `superseded`. Example: `supersededBy: ADR-0011`',
			),
		amends: z
			.array(adrId)
			.default([])
			.describe('ADRs this one changes without replacing them. Example: `amends: [ADR-0005]`'),
		importedFrom: z
			.string()
			.optional()
			.describe(
				'Where `cairn import` found this record, relative to the imported folder. Imported records may lack a date or decision makers their source never had: `cairn check` warns instead of failing. Example: `importedFrom: docs/adr/0005-help-comments.md`',
			),
		sourceStatus: z
			.string()
			.optional()
			.describe(
				'The status as the imported source wrote it, kept verbatim so nothing is lost: review it against `status`, which is what Cairn read it as. Example: `sourceStatus: ✅ Agreed (pilot only)`',
			),
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
