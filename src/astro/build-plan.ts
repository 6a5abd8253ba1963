// The plan of this Astro run: the one `cairn build` (or dev, preview) wrote into the staging
// folder, which is Astro's project root and working directory; or, for Astro started by hand, one
// worked out from the environment (src/lib/build/env-plan-fs.ts). The Astro config and the content
// collection both start from it, so they agree on what is built.
import { planFromEnvironment } from '../lib/build/env-plan-fs.ts';
import type { SitePlan } from '../lib/build/site-plan.ts';
import { readSitePlan } from '../lib/build/site-plan-fs.ts';

let plan: Promise<SitePlan> | undefined;

export function loadBuildPlan(engineRoot: string): Promise<SitePlan> {
	plan ??= Promise.resolve(readSitePlan(process.cwd()) ?? planFromEnvironment(process.env, engineRoot));
	return plan;
}
