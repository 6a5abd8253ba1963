// Writes docs/problems.md from the problem catalogue (src/lib/problems/problem-docs.ts renders it).
// Usage: node scripts/run.mjs node scripts/problem-docs.ts
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PROBLEM_DOCS_PATH, problemDocs } from '../src/lib/problems/problem-docs.ts';

const target = fileURLToPath(new URL(`../${PROBLEM_DOCS_PATH}`, import.meta.url));
await writeFile(target, problemDocs());
process.stdout.write(`Wrote ${PROBLEM_DOCS_PATH}.\n`);
