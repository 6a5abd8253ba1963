// Secrets in the records an import writes, said at the import: `cairn check` would stop the build
// on each, so the import names them first, with the line in the new file and what to do. The text
// is kept as the source wrote it; only its owner can tell an example token from a live one.
import { scanSecrets } from '../secrets/scan.ts';
import { note } from './notes.ts';
import type { ImportPlan } from './plan.ts';

/** The plan with a note on each record that holds something like a secret. */
export async function withSecretNotes(plan: ImportPlan): Promise<ImportPlan> {
	const writes = plan.entries.flatMap((entry) => (entry.kind === 'write' ? [entry] : []));
	const findings = await scanSecrets(writes.map((entry) => ({ file: entry.target, text: entry.text })));
	if (!findings.some((finding) => !finding.allowed)) return plan;
	return {
		...plan,
		entries: plan.entries.map((entry) => {
			if (entry.kind !== 'write') return entry;
			const found = findings.filter((finding) => finding.file === entry.target && !finding.allowed);
			if (found.length === 0) return entry;
			const secrets = found.map((finding) => note('SecretLike', finding));
			return { ...entry, notes: [...entry.notes, ...secrets] };
		}),
	};
}
