// Writes a planned import all at once: every file is created exclusively (never overwriting), and
// when one write fails, the files already written are removed, so a failed import leaves nothing.
import { constants } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.ts';
import type { ImportPlan } from './plan.ts';

export async function writePlan(root: string, plan: ImportPlan): Promise<void> {
	const written: string[] = [];
	try {
		for (const entry of plan.entries) {
			if (entry.kind !== 'write') continue;
			const path = join(root, entry.target);
			await mkdir(dirname(path), { recursive: true });
			await writeFile(path, entry.text, { flag: 'wx' });
			written.push(path);
		}
		for (const image of plan.images) {
			const path = join(root, image.target);
			await mkdir(dirname(path), { recursive: true });
			await copyFile(image.from, path, constants.COPYFILE_EXCL);
			written.push(path);
		}
	} catch (error) {
		await Promise.all(written.map((path) => rm(path, { force: true })));
		if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
			throw new UserError('ImportTargetAppeared', { path: String((error as Error & { path?: string }).path) });
		}
		throw error;
	}
}
