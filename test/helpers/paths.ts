import { fileURLToPath } from 'node:url';

/** The Cairn repository. */
export const engineRoot = fileURLToPath(new URL('../..', import.meta.url));

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
