// Loaded with `--import` ahead of Astro itself (src/cli/astro-run.ts), so that the watch for the
// parent (watch-parent.ts) starts with the process, not once Astro has loaded its config, which a
// busy machine takes seconds to reach: a `cairn build` killed in that time left Astro running.
import { exitWithParent } from './watch-parent.ts';

exitWithParent();
