// Typed linting for the TypeScript, JavaScript and Astro files. Run with `npm run lint`, which
// passes this file with --config so that the project's top level holds only what it must.
import astro from 'eslint-plugin-astro';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: ['dist/**', 'node_modules/**', '.astro/**', '.cairn/**', 'content/**', 'templates/**', 'test/fixtures/**'],
	},
	{
		files: ['**/*.{ts,mjs,js}'],
		extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: fileURLToPath(new URL('..', import.meta.url)),
			},
		},
		rules: {
			// Template literals with numbers read naturally in messages.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			// `(line) => print(line)` callbacks are clearer without braces.
			'@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
		},
	},
	...astro.configs.recommended,
);
