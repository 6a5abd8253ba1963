// The `cairn` command line: parses arguments and dispatches to the commands in this folder, each
// loaded only when it runs (start-up is most of the time of a `cairn check`).
// User mistakes end with one clear message and exit 1 (content) or 2 (command line); only a bug
// in Cairn prints a stack trace.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../lib/errors.ts';
import { fsUserError, isFsError } from '../lib/fs-errors.ts';
import { installRoot } from '../lib/install.ts';
import type { ProblemCode } from '../core/problem-catalogue.ts';
import { audiences, type Audience } from '../core/audiences.ts';
import type { CliContext } from './context.ts';
import type { ExportFormat } from './export.ts';
import { registerImportCommand } from './import.ts';
import { registerNewCommands } from './new.ts';

const engineRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A path as the person at the terminal knows it: relative to their folder when inside it, else absolute. */
function display(path: string): string {
	const rest = relative(process.cwd(), path);
	return rest === '' ? '.' : rest.startsWith('..') || isAbsolute(rest) ? path : rest;
}

function context(program: Command): CliContext {
	const { root } = program.opts<{ root?: string }>();
	const projectRoot = root ? resolve(root) : installRoot(engineRoot);
	if (root && !statSync(projectRoot, { throwIfNoEntry: false })?.isDirectory()) {
		throw new UserError('NoRootFolder', { root });
	}
	return {
		engineRoot,
		projectRoot,
		cwd: process.cwd(),
		display,
		out: (line) => process.stdout.write(`${line}\n`),
		err: (line) => process.stderr.write(`${line}\n`),
		now: () => new Date(),
	};
}

const BAD_COMMAND_LINE: ProblemCode = 'BadCommandLine';

export function createProgram(): Command {
	const program = new Command('cairn')
		.description('Per-client documentation sites for fractional CTOs: typed MDX in, searchable static sites out.')
		.option('--root <dir>', 'the folder holding content/ (default: this Cairn project)')
		.showHelpAfterError('(run `npx cairn --help` for usage)')
		// The argument parser's own complaints carry the catalogue's code too (docs/problems.md).
		.configureOutput({
			outputError: (text, write) => write(text.replace(/^(error: .*?)\.?$/m, `$1 [${BAD_COMMAND_LINE}]`)),
		})
		.exitOverride();

	const clientOption = () => new Option('-c, --client <slug>', 'the client (a folder under content/)');
	const run = (fn: () => Promise<number>) => async () => {
		process.exitCode = await fn();
	};

	program
		.command('build')
		.description('check, then build client sites into dist/<client>/<audience>/ (all clients unless --client)')
		.addOption(clientOption())
		.addOption(
			new Option('--audience <audience...>', 'the sites to build (default: team, and investor when enabled)').choices(
				audiences,
			),
		)
		.option(
			'--base <path>',
			'serve the sites under this path instead of client.yaml’s (e.g. /my-repo/ on GitHub Pages)',
		)
		.option('--jobs <n>', 'how many sites to build at once (default: one per core)', (value) => {
			const jobs = Number(value);
			if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
			return jobs;
		})
		.option('--verbose', "show Astro's whole log (one site at a time)", false)
		.action(function (this: Command) {
			const o = this.opts<{ client?: string; audience?: Audience[]; base?: string; jobs?: number; verbose: boolean }>();
			return run(async () => (await import('./build.ts')).buildCommand(context(program), o))();
		});

	program
		.command('check')
		.description('validate client.yaml files and documents without building; every problem at once')
		.addOption(clientOption())
		.addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
		.option('--strict', 'treat warnings (such as overdue reviews) as errors', false)
		.action(function (this: Command) {
			const o = this.opts<{ client?: string; format: 'text' | 'json'; strict: boolean }>();
			return run(async () => (await import('./check.ts')).checkCommand(context(program), o))();
		});

	registerNewCommands(program, () => context(program), run);

	for (const [name, description] of [
		['dev', 'serve a client site with live reload while you edit'],
		['preview', 'serve the built site of a client (run build first)'],
	] as const) {
		program
			.command(name)
			.description(description)
			.addOption(clientOption().makeOptionMandatory())
			.addOption(new Option('--audience <audience>', 'which site').choices(audiences).default('team'))
			.option('--port <port>', 'port to listen on', '4321')
			.option('--host <host>', 'address to listen on', '127.0.0.1')
			.action(function (this: Command) {
				const o = this.opts<{ client: string; audience: Audience; port: string; host: string }>();
				return run(async () => (await import('./serve.ts')).serveCommand(context(program), name, o))();
			});
	}
	program
		.command('alerts')
		.description('print the runbook_url annotation of each alert, leading to its row of the alert table')
		.addOption(clientOption().makeOptionMandatory())
		.addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
		.action(function (this: Command) {
			const o = this.opts<{ client: string; format: 'text' | 'json' }>();
			return run(async () => (await import('./alerts.ts')).alertsCommand(context(program), o))();
		});
	program
		.command('export')
		.description('write one audience’s documents as data: Cairn records (JSON, with their JSON Schema) or CSV')
		.addOption(clientOption().makeOptionMandatory())
		.addOption(
			new Option('--audience <audience>', 'whose documents: those the site for it shows')
				.choices(audiences)
				.default('team'),
		)
		.addOption(new Option('--format <format>', 'what to write').choices(['json', 'json-adr', 'csv']).default('json'))
		.option('--out <file>', 'the file to write (default: standard output)')
		.option('--force', 'replace --out if it exists', false)
		.action(function (this: Command) {
			const o = this.opts<{
				client: string;
				audience: Audience;
				format: ExportFormat;
				out?: string;
				force: boolean;
			}>();
			return run(async () => (await import('./export.ts')).exportCommand(context(program), o))();
		});
	program
		.command('pdf')
		.description('print the home page of a built site to PDF with Chromium (default: the investor diligence page)')
		.addOption(clientOption().makeOptionMandatory())
		.addOption(new Option('--audience <audience>', 'which site').choices(audiences).default('investor'))
		.addOption(new Option('--paper <size>', 'paper size').choices(['a4', 'letter']).default('a4'))
		.option('--out <file>', 'where to write the PDF (default: dist/<client>/<client>-diligence.pdf)')
		.option('--force', 'replace --out if it exists', false)
		.action(function (this: Command) {
			const o = this.opts<{
				client: string;
				audience: Audience;
				paper: 'a4' | 'letter';
				out?: string;
				force: boolean;
			}>();
			return run(async () => (await import('./pdf.ts')).pdfCommand(context(program), o))();
		});
	program
		.command('handover')
		.description('write a client’s own repository: its documents, the generator, tests and deploy recipes')
		.argument('<client>', 'the client (a folder under content/)')
		.option('--out <folder>', 'the new repository: a folder that is new or empty')
		.option('--check', 'list the loose ends to tie before the handover instead', false)
		.option('--strict', 'with --check: exit 1 when there are any', false)
		.action(function (this: Command, slug: string) {
			const o = this.opts<{ out?: string; check: boolean; strict: boolean }>();
			return run(async () => (await import('./handover.ts')).handoverCommand(context(program), slug, o))();
		});
	for (const [name, description] of [
		['status', 'one row per client: the engagement, documents, overdue reviews, open proposals, last builds'],
		['matrix', 'the sites to build, one per client and audience (--json: the shape of a GitHub Actions matrix)'],
	] as const) {
		program
			.command(name)
			.description(description)
			.option('--json', 'print JSON', false)
			.action(function (this: Command) {
				const format = this.opts<{ json: boolean }>().json ? 'json' : 'text';
				return run(async () => {
					const portfolio = await import('./portfolio.ts');
					const command = name === 'status' ? portfolio.statusCommand : portfolio.matrixCommand;
					return command(context(program), { format });
				})();
			});
	}
	program
		.command('verify')
		.description('check strictly, build every site, and verify the built sites (a client repository’s npm test)')
		.action(() => run(async () => (await import('./verify.ts')).verifyCommand(context(program)))());
	registerImportCommand(program, () => context(program));
	return program;
}

export async function main(argv: readonly string[]): Promise<number> {
	const program = createProgram();
	try {
		await program.parseAsync(argv, { from: 'user' });
		return Number(process.exitCode ?? 0);
	} catch (error) {
		if (error instanceof CommanderError) {
			return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0
				? 0
				: 2;
		}
		if (error instanceof UserError) {
			process.stderr.write(`cairn: ${error.message}\n`);
			return error.exitCode;
		}
		if (isFsError(error)) {
			const failure = fsUserError(error, display);
			process.stderr.write(`cairn: ${failure.message}\n`);
			return failure.exitCode;
		}
		throw error;
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = await main(process.argv.slice(2));
}
