// Relations between imported records, made consistent both ways: a record superseded by another
// names it in `supersededBy` and that one names it in `supersedes`, whichever side the source
// stated it on; `amends` sits on the amending record only ("amended by" is derived). Every side
// filled in, status changed or relation dropped is reported.
import type { AdrStatus, RawRelation } from './model.ts';
import { note, type Note } from './notes.ts';

export interface RelationRecord {
	key: string;
	id: string;
	number: number;
	/** The source path, for messages. */
	display: string;
	status: AdrStatus;
	relations: readonly RawRelation[];
}

export interface ResolvedRecord {
	status: AdrStatus;
	supersedes: string[];
	supersededBy?: string;
	amends: string[];
	notes: Note[];
}

export interface Resolution {
	records: Map<string, ResolvedRecord>;
	/** The source relations that point to a record of the import. */
	resolved: Set<RawRelation>;
}

interface Pair {
	/** The newer record (the one that supersedes or amends). */
	by: string;
	/** The older record. */
	of: string;
	statedByNewer: boolean;
	statedByOlder: boolean;
}

/** `target` finds the record a relation points to, by the key of the record that states it. */
export function resolveRelations(
	records: readonly RelationRecord[],
	target: (record: RelationRecord, relation: RawRelation) => string | undefined,
): Resolution {
	const byKey = new Map(records.map((record) => [record.key, record]));
	const resolved = new Set<RawRelation>();
	const notes = new Map<string, Note[]>(records.map((record) => [record.key, []]));
	const supersedes = new Map<string, Pair>();
	const amends = new Map<string, Pair>();
	const add = (pairs: Map<string, Pair>, by: string, of: string, statedByNewer: boolean) => {
		const pair = pairs.get(`${by}\n${of}`) ?? { by, of, statedByNewer: false, statedByOlder: false };
		if (statedByNewer) pair.statedByNewer = true;
		else pair.statedByOlder = true;
		pairs.set(`${by}\n${of}`, pair);
	};

	for (const record of records) {
		for (const relation of record.relations) {
			const other = target(record, relation);
			if (other === undefined || !byKey.has(other)) {
				notes.get(record.key)?.push(note('RelationUnresolved', { text: relation.text }));
				continue;
			}
			if (other === record.key) {
				notes.get(record.key)?.push(note('RelationToItself', { text: relation.text }));
				continue;
			}
			resolved.add(relation);
			if (relation.type === 'supersedes') add(supersedes, record.key, other, true);
			else if (relation.type === 'supersededBy') add(supersedes, other, record.key, false);
			else if (relation.type === 'amends') add(amends, record.key, other, true);
			else add(amends, other, record.key, false);
		}
	}

	const result = new Map<string, ResolvedRecord>(
		records.map((record) => [
			record.key,
			{ status: record.status, supersedes: [], amends: [], notes: notes.get(record.key) ?? [] },
		]),
	);
	const get = (key: string) => {
		const value = result.get(key);
		const record = byKey.get(key);
		if (!value || !record) throw new Error(`no record ${key}`);
		return { value, record };
	};
	const byNumber = (a: string, b: string) => get(a).record.number - get(b).record.number;

	// Two records that each claim to supersede the other: the later one wins.
	for (const [key, pair] of supersedes) {
		if (supersedes.has(`${pair.of}\n${pair.by}`) && byNumber(pair.by, pair.of) < 0) {
			supersedes.delete(key);
			get(pair.by).value.notes.push(note('SupersedeContradiction', { id: get(pair.of).record.id }));
		}
	}
	// Each superseded record keeps one successor: the latest, when the sources name several.
	const successors = new Map<string, string[]>();
	for (const pair of supersedes.values()) successors.set(pair.of, [...(successors.get(pair.of) ?? []), pair.by]);
	for (const [of, candidates] of successors) {
		const sorted = [...candidates].sort(byNumber);
		const chosen = sorted.at(-1);
		if (!chosen) continue;
		const older = get(of);
		const newer = get(chosen);
		const pair = supersedes.get(`${chosen}\n${of}`);
		older.value.supersededBy = newer.record.id;
		newer.value.supersedes.push(older.record.id);
		if (sorted.length > 1) {
			older.value.notes.push(
				note('SupersededTwice', { ids: sorted.map((k) => get(k).record.id), kept: newer.record.id }),
			);
		}
		if (pair && !pair.statedByOlder) {
			older.value.notes.push(
				note('RelationAdded', { field: 'supersededBy', id: newer.record.id, from: newer.record.display }),
			);
		}
		if (pair && !pair.statedByNewer) {
			newer.value.notes.push(
				note('RelationAdded', { field: 'supersedes', id: older.record.id, from: older.record.display }),
			);
		}
	}
	for (const pair of [...amends.values()].sort((a, b) => byNumber(a.of, b.of))) {
		const newer = get(pair.by);
		const older = get(pair.of);
		newer.value.amends.push(older.record.id);
		if (!pair.statedByNewer) {
			newer.value.notes.push(
				note('RelationAdded', { field: 'amends', id: older.record.id, from: older.record.display }),
			);
		}
	}

	for (const { key } of records) {
		const { value } = get(key);
		value.supersedes.sort();
		if (value.supersededBy && value.status !== 'superseded') {
			const by = [...byKey.values()].find((r) => r.id === value.supersededBy)?.display ?? value.supersededBy;
			value.notes.push(note('StatusSuperseded', { was: value.status, by }));
			value.status = 'superseded';
		} else if (!value.supersededBy && value.status === 'superseded') {
			value.notes.push(note('SupersededWithoutSuccessor'));
			value.status = 'deprecated';
		}
	}
	return { records: result, resolved };
}
