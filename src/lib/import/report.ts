// The report of an import: one line per note, `<source> → <target>: <what changed and why>`, a
// line per skipped file, then a summary. A file with nothing to say gets a bare `source → target`,
// so every file of the folders is accounted for.
import type { ImportPlan } from './plan.ts';

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
