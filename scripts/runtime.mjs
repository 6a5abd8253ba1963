// Gets Cairn a Node it can run on, and its npm packages, before any of its TypeScript is loaded.
// Plain JavaScript on purpose: this file runs on whatever `node` is first on PATH, which may be
// too old for Astro 7 (Node 20 on a fresh Debian machine). Everything else in Cairn assumes
// Node >= 22.18, the first release that runs `.ts` files without a flag.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding this `scripts/` folder: Cairn itself, or a client repository that has Cairn as a dependency. */
export const projectRoot = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * The project whose node_modules holds the packages: `projectRoot`, or, when this file is Cairn's
 * copy installed as a dependency (…/node_modules/cairn/scripts), the folder above node_modules.
 */
export const installRoot = projectRoot.split(sep).includes('node_modules')
	? projectRoot.split(sep).slice(0, projectRoot.split(sep).indexOf('node_modules')).join(sep) || sep
	: projectRoot;

const MINIMUM = [22, 18, 0];
const FETCHED_MAJOR = 24;
const localNodeDir = join(installRoot, 'node_modules', '.cache', 'cairn-node');

/**
 * `true` when a version string such as `v20.20.2` is at least {@link MINIMUM}.
 * @param {string} version
 */
export function isSupportedNode(version) {
	const parts = version.replace(/^v/, '').split('.').map(Number);
	for (let i = 0; i < MINIMUM.length; i++) {
		if ((parts[i] ?? 0) !== MINIMUM[i]) return (parts[i] ?? 0) > MINIMUM[i];
	}
	return true;
}

/** @param {string} message */
function say(message) {
	process.stderr.write(`cairn: ${message}\n`);
}

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
	say(message);
	process.exit(1);
}

/** The npm package that carries a Node binary for this machine, when the registry has one. */
function nodePackageForThisMachine() {
	const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
	if (process.platform !== 'linux' || !arch) return undefined;
	return `node-linux-${arch}@${FETCHED_MAJOR}`;
}

function npmCommand() {
	return process.platform === 'win32' ? 'npm.cmd' : 'npm';
}

/** Returns the directory holding a suitable `node` binary, fetching one when PATH has none. */
function ensureNode() {
	if (isSupportedNode(process.version)) return dirname(process.execPath);

	const binDir = join(localNodeDir, 'node_modules', '.bin');
	const localNode = join(binDir, 'node');
	const probe = existsSync(localNode) ? spawnSync(localNode, ['--version'], { encoding: 'utf8' }) : undefined;
	if (probe?.status === 0 && isSupportedNode(probe.stdout.trim())) return binDir;

	const pkg = nodePackageForThisMachine();
	if (!pkg) {
		fail(
			`Cairn needs Node ${MINIMUM.join('.')} or newer, and this is ${process.version}. ` +
				`Install a current Node (https://nodejs.org) and run the command again.`,
		);
	}
	say(
		`Node ${process.version} is too old for Cairn (it needs ${MINIMUM.join('.')} or newer). ` +
			`Fetching Node ${FETCHED_MAJOR} from the npm registry into node_modules/.cache/cairn-node (once).`,
	);
	mkdirSync(localNodeDir, { recursive: true });
	const install = spawnSync(
		npmCommand(),
		['install', '--prefix', localNodeDir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', pkg],
		{ stdio: ['ignore', 'inherit', 'inherit'] },
	);
	const check = spawnSync(localNode, ['--version'], { encoding: 'utf8' });
	if (install.status !== 0 || check.status !== 0) {
		fail(
			`Could not fetch ${pkg} with npm. Install Node ${MINIMUM.join('.')} or newer yourself and run the command again.`,
		);
	}
	return binDir;
}

/** @param {string} path */
function mtime(path) {
	return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/**
 * Installs the project's packages when node_modules is missing or older than the manifests.
 * @param {NodeJS.ProcessEnv} env
 */
function ensurePackages(env) {
	// Installed as a dependency, Cairn's packages are the client repository's to install.
	if (installRoot !== projectRoot) return;
	const installed = mtime(join(projectRoot, 'node_modules', '.package-lock.json'));
	const wanted = Math.max(mtime(join(projectRoot, 'package.json')), mtime(join(projectRoot, 'package-lock.json')));
	if (installed && installed >= wanted) return;
	say(installed ? 'package.json changed; updating npm packages.' : 'Installing npm packages (first run).');
	// `npm ci` is not an option: the lockfile lacks other platforms' optional binaries and npm ci refuses it.
	const result = spawnSync(npmCommand(), ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: projectRoot,
		env,
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	if (result.status !== 0) fail('npm install failed; see the messages above.');
}

/**
 * Makes sure a suitable Node and the npm packages are present and returns the environment to
 * run Cairn's tools in: the chosen Node and node_modules/.bin first on PATH.
 */
export function ensureRuntime() {
	const nodeBinDir = ensureNode();
	const PATH = [nodeBinDir, join(installRoot, 'node_modules', '.bin'), process.env.PATH ?? ''].join(
		process.platform === 'win32' ? ';' : ':',
	);
	const env = { ...process.env, PATH };
	ensurePackages(env);
	return { node: join(nodeBinDir, process.platform === 'win32' ? 'node.exe' : 'node'), env };
}

/**
 * Runs a command to completion with inherited stdio and exits with its status.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 */
export function runAndExit(command, args, env) {
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	if (result.error) fail(`Could not start ${command}: ${result.error.message}`);
	if (result.signal) process.kill(process.pid, result.signal);
	process.exit(result.status ?? 1);
}
