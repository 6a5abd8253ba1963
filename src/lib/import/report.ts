// The report of an import: one line per note, `<source> → <target>: <what changed and why>`, a
// line per skipped file, then a summary. A file with nothing to say gets a bare `source → target`,
// so every file of the folders is accounted for.
import type { ImportPlan, PlannedFields } from './plan.ts';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function reportLines(plan: ImportPlan): string[] {
	const lines: string[] = [];
	for (const entry of plan.entries) {
		if (entry.kind === 'skip') lines.push(`${entry.source}: skipped, ${entry.reason}`);
		else if (entry.kind === 'fail') lines.push(`${entry.source} → ${entry.target}: not imported, ${entry.reason}`);
		else if (entry.notes.length === 0) lines.push(`${entry.source} → ${entry.target}`);
		else for (const n of entry.notes) lines.push(`${entry.source} → ${entry.target}: ${n.message}`);
	}
	lines.push(summaryLine(plan));
	return lines;
}

export function summaryLine(plan: ImportPlan): string {
	const written = plan.entries.filter((e) => e.kind === 'write');
	const failed = plan.entries.filter((e) => e.kind === 'fail').length;
	const skipped = plan.entries.filter((e) => e.kind === 'skip').length;
	const notes = written.reduce((n, e) => n + e.notes.length, 0);
	const formats = [...new Set(plan.formats.map((f) => f.format))].join(', ');
	const how = plan.formats.every((f) => f.detected) ? `detected ${formats}` : formats;
	if (failed) {
		return `Nothing was written: ${count(failed, 'file')} could not be imported (see above). Fix ${failed === 1 ? 'it' : 'them'} in the source, or move ${failed === 1 ? 'it' : 'them'} out of the folder, and run the import again.`;
	}
	const images = plan.images.length ? ` and ${count(plan.images.length, 'image')}` : '';
	return `Imported ${count(written.length, 'ADR')}${images} into ${plan.adrDir}/ (${how}); ${count(skipped, 'file')} skipped, ${count(notes, 'note')} above.`;
}

const clip = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/** `accepted ← "✅ Agreed"`: what Cairn will write, and what the source said when it differs. */
const fromSource = (value: string | undefined, source: string | undefined) => {
	const shown = value ?? '—';
	if (source === undefined || source === value) return shown;
	return `${shown} ← "${clip(source, 40)}"`;
};

function relationsOf(record: PlannedFields): string {
	return [
		...record.supersedes.map((id) => `supersedes ${id}`),
		...(record.supersededBy ? [`superseded by ${record.supersededBy}`] : []),
		...record.amends.map((id) => `amends ${id}`),
	].join(', ');
}

/**
 * The dry run: a table of what each file would become (id, title, status and date beside what the
 * source wrote, relations), then the notes grouped per file, one line per decision the import made.
 */
export function dryRunLines(plan: ImportPlan): string[] {
	const header = ['file', 'id', 'title', 'status ← source', 'date ← source', 'relations'];
	const rows = plan.entries.map((entry) => {
		if (entry.kind !== 'write') {
			const why = entry.kind === 'skip' ? `skipped: ${entry.reason}` : `not imported: ${entry.reason}`;
			return [entry.source, '—', clip(why, 60), '', '', ''];
		}
		const r = entry.record;
		return [
			entry.source,
			r.id,
			clip(r.title, 48),
			fromSource(r.status, r.sourceStatus),
			fromSource(r.date, entry.record.sourceDate),
			relationsOf(r),
		];
	});
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, i) => cell.padEnd(widths[i] ?? 0))
			.join('  ')
			.trimEnd();
	const lines = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''];
	for (const entry of plan.entries) {
		if (entry.kind !== 'write' || entry.notes.length === 0) continue;
		lines.push(`${entry.source} → ${entry.target}`);
		for (const n of entry.notes) lines.push(`  - ${n.message}`);
	}
	const summary = summaryLine(plan).replace(/^Imported /, 'Would import ');
	lines.push(`Dry run, nothing written. ${summary}`);
	return lines;
}

/** The plan as JSON, for review by a script: one object per file, with the notes' codes. */
export function planJson(plan: ImportPlan, written: boolean): unknown {
	return {
		written,
		adrDir: plan.adrDir,
		formats: plan.formats,
		files: plan.entries.map((entry) => {
			if (entry.kind === 'skip') return { source: entry.source, action: 'skip', reason: entry.reason };
			if (entry.kind === 'fail')
				return { source: entry.source, action: 'fail', target: entry.target, reason: entry.reason };
			return { source: entry.source, action: 'write', target: entry.target, ...entry.record, notes: entry.notes };
		}),
		images: plan.images.map((image) => image.target),
	};
}
