// Runs the real `cairn` command in a child process, as a user would.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { engineRoot } from './paths.ts';

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

export function runCli(
	args: readonly string[],
	options: { cwd?: string; env?: Record<string, string>; /** Another copy of Cairn to run. */ engine?: string } = {},
): Promise<CliResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(options.engine ?? engineRoot, 'scripts', 'cairn.mjs'), ...args], {
			cwd: options.cwd ?? engineRoot,
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
	});
}
