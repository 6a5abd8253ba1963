// Astro runs as a child of `cairn build`. Killed outright (SIGKILL, an out-of-memory kill), the
// parent cannot stop its child, which would go on writing into the staging folder while the next
// build of the same site starts there. The child watches for its parent instead and stops when it
// is gone. (Linux re-parents an orphan, so its parent id changes.)
export const PARENT_ENV = 'CAIRN_PARENT_PID';

export function exitWithParent(env: Record<string, string | undefined> = process.env): void {
	const parent = Number(env[PARENT_ENV]);
	if (!parent) return;
	const gone = () => process.ppid !== parent;
	if (gone()) process.exit(1);
	setInterval(() => {
		if (gone()) process.exit(1);
	}, 200).unref();
}
