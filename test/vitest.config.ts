// Two projects: fast unit tests of pure logic, and site tests that build fixture clients with the
// real CLI (Astro, Pagefind) once in a global setup and inspect or browse the output.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
	test: {
		root,
		projects: [
			{
				test: {
					name: 'unit',
					root,
					include: ['test/unit/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'site',
					root,
					include: ['test/integration/**/*.test.ts', 'test/browser/**/*.test.ts'],
					globalSetup: ['test/helpers/global-setup.ts'],
					// Real Astro builds on a 2-core machine.
					testTimeout: 240_000,
					hookTimeout: 600_000,
				},
			},
		],
	},
});
