// `cairn import adr <folder...> --client <slug>`: turns folders of adr-tools, MADR or log4brains
// records into typed MDX under content/<client>/adr/, then prints what it changed and why. The
// importer (Markdown parser, MDX compiler) loads only when the command runs.
import { Argument, Option, type Command } from 'commander';
import { adrFormats, type AdrFormat } from '../lib/import/model.ts';
import { requireClient, type CliContext } from './context.ts';

export interface ImportAdrOptions {
	client: string;
	format: AdrFormat | 'auto';
}

/** Imports `folders` (relative to `cwd`) into the client; exit code 0 when everything was written. */
export async function importAdrCommand(
	ctx: CliContext,
	folders: readonly string[],
	options: ImportAdrOptions,
	cwd = process.cwd(),
): Promise<number> {
	const client = await requireClient(ctx, options.client);
	const [{ importAdrFolders }, { reportLines }] = await Promise.all([
		import('../lib/import/import-fs.ts'),
		import('../lib/import/report.ts'),
	]);
	const { plan, written } = await importAdrFolders({
		projectRoot: ctx.projectRoot,
		client,
		folders,
		cwd,
		format: options.format,
	});
	for (const line of reportLines(plan)) ctx.out(line);
	return written ? 0 : 1;
}

/** Adds `import adr` to the program; `context` gives the command its CliContext when it runs. */
export function registerImportCommand(program: Command, context: () => CliContext): void {
	program
		.command('import')
		.description('import documents written for other tools')
		.command('adr')
		.description('import ADR folders (adr-tools, MADR 2–4, log4brains) into content/<client>/adr/')
		.addArgument(
			new Argument('<folder...>', 'folders holding the ADRs, relative to the current folder (subfolders included)'),
		)
		.addOption(new Option('-c, --client <slug>', 'the client to import into').makeOptionMandatory())
		.addOption(
			new Option('--format <format>', 'the ADR format; auto detects it per folder')
				.choices(['auto', ...adrFormats])
				.default('auto'),
		)
		.action(async function (this: Command, folders: string[]) {
			process.exitCode = await importAdrCommand(context(), folders, this.opts<ImportAdrOptions>());
		});
}
