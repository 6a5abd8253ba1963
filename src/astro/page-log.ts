// Astro middleware for `cairn build` only: notes each page in the staging folder before Astro
// renders it, so that a page that fails to render is named from data (src/lib/build/site-plan-fs.ts)
// rather than from Astro's log text. Astro renders one page at a time, in the working directory
// the CLI gave it: the staging folder, where the CLI wrote the plan. Run by hand, with no plan
// there, it notes nothing, so no file appears in the user's folder.
import { defineMiddleware } from 'astro:middleware';
import { hasSitePlan, notePage } from '../lib/build/site-plan-fs.ts';

const stage = hasSitePlan(process.cwd()) ? process.cwd() : undefined;

export const onRequest = defineMiddleware((context, next) => {
	if (stage) notePage(stage, context.url.pathname);
	return next();
});
