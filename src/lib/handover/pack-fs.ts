// The generator a handed-over repository depends on: Cairn packed with `npm pack` into one file,
// installed from vendor/ like any package. It holds what builds a site (src, scripts, templates,
// public, the Astro config) and a package.json without Cairn's own scripts and development tools,
// and nothing of any client.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Manifest {
	name: string;
	version: string;
	description?: string;
	type?: string;
	license?: string;
	bin?: Record<string, string>;
	files: string[];
	dependencies: Record<string, string>;
}

export interface PackedEngine {
	/** The file written into the destination, e.g. `cairn-0.2.0.tgz`. */
	file: string;
	version: string;
}

/** Packs the engine at `engineRoot` into `destination` (a folder). */
export async function packEngine(engineRoot: string, destination: string): Promise<PackedEngine> {
	const manifest = JSON.parse(await readFile(join(engineRoot, 'package.json'), 'utf8')) as Manifest;
	const stage = await mkdtemp(join(tmpdir(), 'cairn-pack-'));
	try {
		for (const entry of manifest.files) await cp(join(engineRoot, entry), join(stage, entry), { recursive: true });
		const { name, version, description, type, license, bin, files, dependencies } = manifest;
		const shipped = { name, version, description, type, license, bin, files, dependencies };
		await writeFile(join(stage, 'package.json'), `${JSON.stringify(shipped, null, '\t')}\n`);
		await cp(join(engineRoot, 'templates', 'handover', 'ENGINE.md'), join(stage, 'README.md'));
		const packed = spawnSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', destination], {
			cwd: stage,
			encoding: 'utf8',
		});
		const file = packed.stdout.trim().split('\n').at(-1);
		if (packed.status !== 0 || !file) throw new Error(`npm pack failed: ${packed.stderr}`);
		return { file, version };
	} finally {
		await rm(stage, { recursive: true, force: true });
	}
}
