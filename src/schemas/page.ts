// Any other page: a home page, a glossary, meeting notes. It may live in any folder.
import { z } from 'zod';
import { commonFields, documentKind } from './common.ts';

export const pageSchema = z.strictObject({
	kind: documentKind('page'),
	...commonFields,
});

export type Page = z.output<typeof pageSchema>;
