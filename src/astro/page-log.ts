// Astro middleware for `cairn build` only: notes each page in the staging folder before Astro
// renders it, so that a page that fails to render is named from data (src/lib/build/site-plan-fs.ts)
// rather than from Astro's log text. Astro renders one page at a time, in the working directory
// the CLI gave it: the staging folder.
import { defineMiddleware } from 'astro:middleware';
import { notePage } from '../lib/build/site-plan-fs.ts';

export const onRequest = defineMiddleware((context, next) => {
	notePage(process.cwd(), context.url.pathname);
	return next();
});
