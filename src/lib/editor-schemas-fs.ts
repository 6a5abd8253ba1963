// Keeps a project's editor schemas current (src/schemas/editor.ts, in `.cairn/schemas/`): every
// command that reads the content writes them when they differ, so they follow an upgrade of Cairn,
// the way `astro sync` keeps `.astro/`. A schema that cannot be written costs the editor its
// completion, never the command.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes into `dir` the schemas (file name → schema) that are missing or differ; returns those written. */
export function refreshSchemaFiles(dir: string, schemas: ReadonlyMap<string, unknown>): string[] {
	const written: string[] = [];
	for (const [file, schema] of schemas) {
		const path = join(dir, file);
		const text = `${JSON.stringify(schema, null, '\t')}\n`;
		try {
			if (readFileSync(path, 'utf8') === text) continue;
		} catch {
			// Not there yet.
		}
		try {
			mkdirSync(dir, { recursive: true });
			writeFileSync(path, text);
			written.push(path);
		} catch {
			// A read-only checkout: the commands work without it.
		}
	}
	return written;
}
