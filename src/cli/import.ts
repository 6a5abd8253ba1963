// `cairn import adr <folder...> --client <slug>`: turns folders of adr-tools, MADR or log4brains
// records into typed MDX under content/<client>/adr/, then prints what it changed and why;
// `--dry-run` prints the whole plan as a table (or JSON) and writes nothing. The
// importer (Markdown parser, MDX compiler) loads only when the command runs.
import { Argument, InvalidArgumentError, Option, type Command } from 'commander';
import { adrFormats, type AdrFormat } from '../lib/import/model.ts';
import { requireClient, type CliContext } from './context.ts';

export interface ImportAdrOptions {
	client: string;
	/** The source dialect. */
	from: AdrFormat | 'auto';
	/** The report's form; a dialect here is read as `--from`, as before that option existed. */
	format?: 'text' | 'json' | AdrFormat | 'auto';
	dates?: 'dmy' | 'mdy';
	dryRun?: boolean;
}

/** Imports `folders` (relative to `cwd`) into the client; exit code 0 when everything was written. */
export async function importAdrCommand(
	ctx: CliContext,
	folders: readonly string[],
	options: ImportAdrOptions,
	cwd = process.cwd(),
): Promise<number> {
	const client = await requireClient(ctx, options.client);
	const output = options.format === 'json' ? 'json' : 'text';
	const from =
		options.format !== undefined && options.format !== 'json' && options.format !== 'text'
			? options.format
			: options.from;
	const [{ importAdrFolders }, { dryRunLines, planJson, reportLines }] = await Promise.all([
		import('../lib/import/import-fs.ts'),
		import('../lib/import/report.ts'),
	]);
	const { plan, written } = await importAdrFolders({
		projectRoot: ctx.projectRoot,
		client,
		folders,
		cwd,
		format: from,
		...(options.dates ? { dates: options.dates } : {}),
		...(options.dryRun ? { dryRun: true } : {}),
	});
	const failed = plan.entries.some((entry) => entry.kind === 'fail');
	if (output === 'json') ctx.out(JSON.stringify(planJson(plan, written), null, 2));
	else for (const line of options.dryRun ? dryRunLines(plan) : reportLines(plan)) ctx.out(line);
	return failed ? 1 : 0;
}

/** `text` or `json`; a dialect name is still taken, as `--format` named the dialect before `--from` existed. */
function reportFormat(value: string): NonNullable<ImportAdrOptions['format']> {
	if (value === 'text' || value === 'json' || value === 'auto') return value;
	const dialect = adrFormats.find((format) => format === value);
	if (dialect) return dialect;
	throw new InvalidArgumentError('expected text or json.');
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
			new Option('--from <dialect>', 'the ADR dialect; auto detects it per folder')
				.choices(['auto', ...adrFormats])
				.default('auto'),
		)
		.addOption(
			new Option('--dates <order>', 'read ambiguous slash dates (03/04/2021) day first or month first').choices([
				'dmy',
				'mdy',
			]),
		)
		.option('--dry-run', 'print what each file would become, and write nothing', false)
		.addOption(
			new Option('--format <format>', 'the report: text, or json for scripts (default: text)').argParser(reportFormat),
		)
		.action(async function (this: Command, folders: string[]) {
			process.exitCode = await importAdrCommand(context(), folders, this.opts<ImportAdrOptions>());
		});
}
