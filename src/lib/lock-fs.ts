// One build per client and audience at a time: Astro's cache and generated files for it live in
// one staging folder that two runs would both write.
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from './errors.ts';

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Takes the lock at `path` or throws a UserError naming the process holding it. Returns the release function. */
export function acquireLock(path: string, what: string): () => void {
	mkdirSync(dirname(path), { recursive: true });
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			return () => rmSync(path, { force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = Number(readFileSync(path, 'utf8'));
			if (holder && holder !== process.pid && isRunning(holder)) {
				throw new UserError('LockHeld', { pid: holder, what });
			}
			rmSync(path, { force: true }); // left behind by a process that died
		}
	}
	throw new UserError('LockFailed', { path });
}
