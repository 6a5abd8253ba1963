// The mistakes that stop a command before or instead of a check: a bad option, a missing site, a
// file in the way. Part of the one catalogue (problem-catalogue.ts); messages start with a word of
// their own, never with a value, since a command's line capitalises its first letter.
import type { ProblemSpec } from './problem-spec.ts';

const nothingWritten = (what: string) => `nothing was written; ${what}`;

export const commandProblems = {
	BadCommandLine: {
		severity: 'error',
		message: (a: { detail: string }) => a.detail,
		hint: () => 'run npx cairn --help, or npx cairn <command> --help, for what each command takes',
		explain:
			'The command line itself is wrong: an unknown command or option, a required option left out (`--client`, `--title`), or a value that is not one of the choices. The line says which, in the words of the argument parser; each command’s `--help` lists its options.',
		exitCode: 2,
	},
	ClientNotBuilt: {
		severity: 'error',
		message: (a: { client: string; errors: number }) =>
			`the client ${a.client} was not built: fix the ${a.errors === 1 ? 'error' : `${a.errors} errors`} above, then build again`,
		explain:
			'`cairn build` checks each client first and builds none whose content has errors, so a broken document never reaches a site. The errors are listed above this line, each at its file and line.',
		exitCode: 1,
	},
	ClientNotExported: {
		severity: 'error',
		message: (a: { client: string; errors: number }) =>
			`the client ${a.client} was not exported: fix the ${a.errors === 1 ? 'error' : `${a.errors} errors`} above, then export again`,
		explain:
			'`cairn export` checks the client first and exports nothing while its content has errors, as `cairn build` builds nothing: records another tool reads must be as valid as the site. The errors are listed above this line, each at its file and line.',
		exitCode: 1,
	},
	SiteBuildFailed: {
		severity: 'error',
		message: (a: { client: string; audience: string; kept?: string }) =>
			`building ${a.client} (${a.audience}) failed (see the messages above)`,
		hint: (a: { kept?: string }) => a.kept,
		explain:
			'Astro stopped while building the site, usually on a page whose content passes the check but fails when rendered (an expression in MDX, a component given wrong data). The lines above say why and name the page and its source file; the previous site, if any, is left as it was.',
		exitCode: 1,
	},
	DiagramsInBrowser: {
		severity: 'warning',
		message: () =>
			"no Chromium found, so Mermaid diagrams will be drawn by the browser, with Mermaid's JavaScript on their pages",
		hint: () => 'to draw them while building, install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH',
		explain:
			'Cairn draws each Mermaid diagram as SVG while it builds, with a headless Chromium, so that pages with diagrams load no JavaScript for them and show them at once. Without Chromium the build still succeeds, and the pages draw their diagrams themselves, as `cairn dev` does.',
	},
	ChromiumDidNotStart: {
		severity: 'error',
		message: (a: { chromium: string; detail: string }) =>
			`the Chromium that draws Mermaid diagrams, ${a.chromium}, did not start: ${a.detail}`,
		hint: () =>
			'reinstall it (Debian: apt-get install chromium), point CHROMIUM_PATH at one that starts, or set CHROMIUM_PATH=none to let the pages draw their diagrams in the browser',
		explain:
			'Cairn draws each Mermaid diagram as SVG while it builds, with the headless Chromium it finds (CHROMIUM_PATH, else the usual install paths). This one is there but does not start: a library missing, a broken or partial install, CHROMIUM_PATH naming something that is not Chromium. The line gives what Chromium printed. With CHROMIUM_PATH=none the build draws no diagram itself and the pages draw theirs, as `cairn dev` does.',
		exitCode: 1,
	},
	SiteUnpublishable: {
		severity: 'error',
		message: (a: { client: string; audience: string; findings: string; kept?: string }) =>
			`the ${a.audience} site of ${a.client} was built, but holds what Cairn does not publish:\n${a.findings}\nRemove it from the source, then build again`,
		hint: (a: { kept?: string }) => a.kept,
		explain:
			'After each build Cairn reads every page and file of the site, and refuses to publish one that would run a script Cairn does not write, load another host, or carry an event handler. The lines name each page, its source file and what was found; the site is discarded.',
		exitCode: 1,
	},
	NotVerified: {
		severity: 'error',
		message: (a: { summary: string }) => `${a.summary} Not verified: fix these first (warnings count here)`,
		explain:
			'`cairn verify` (a client repository’s `npm test`) counts warnings as errors, but for overdue reviews and references to other audiences. Fix the problems listed above, then run it again.',
		exitCode: 1,
	},
	SiteNotVerified: {
		severity: 'error',
		message: (a: { site: string; count: number }) =>
			`the site ${a.site} failed verification: ${a.count} problems above`,
		explain:
			'`cairn verify` reads the built site back: every document has its page, links lead somewhere, the search index holds the pages, and the investor site holds nothing left out of it. Each problem above names what is missing or wrong.',
		exitCode: 1,
	},
	ClientYamlBroken: {
		severity: 'error',
		message: (a: { client: string }) => `the client ${a.client} has errors in its client.yaml`,
		hint: (a: { client: string }) => `run npx cairn check --client ${a.client}`,
		explain:
			'`cairn status` reads each client’s client.yaml for its engagement and sites; one that does not validate gets no row. `cairn check` lists its errors at their lines.',
		exitCode: 1,
	},
	FileSystem: {
		severity: 'error',
		message: (a: { verb: string; where: string; reason: string }) => `could not ${a.verb}${a.where}: ${a.reason}`,
		explain:
			'The machine refused a file operation: no permission, a full or read-only disk, a file where a folder should be, a path that does not exist. It is a matter of the machine or the path given, not of Cairn: free the space, fix the permission or the path, and run the command again.',
		exitCode: 1,
	},
	BadClientSlug: {
		severity: 'error',
		message: (a: { slug: string }) => `"${a.slug}" is not a client slug`,
		hint: () => 'use lowercase letters, digits and hyphens (no /, \\ or ..)',
		explain:
			'A client slug names a folder under `content/` and is part of the site’s addresses, so it may hold only lowercase letters, digits and hyphens. Give a slug such as `acme` or `acme-labs`.',
	},
	NoRootFolder: {
		severity: 'error',
		message: (a: { root: string }) => `--root ${a.root}: there is no folder ${a.root}`,
		hint: () => 'give the folder that holds content/',
		explain:
			'`--root` names the project folder, the one holding `content/`, and no folder exists at that path. Check the path; it is relative to the folder you run the command in.',
	},
	BadTodayEnv: {
		severity: 'error',
		message: (a: { value: string }) => `CAIRN_TODAY=${a.value} is not a date written YYYY-MM-DD`,
		hint: () => 'set it to a date such as 2026-11-24, or unset it to use today’s date',
		explain:
			'`CAIRN_TODAY` fixes the date that reviews and due dates are measured against (for reproducible builds and tests), and it must be a real date written `YYYY-MM-DD`. Correct it, or unset it.',
	},
	UnknownAudience: {
		severity: 'error',
		message: (a: { audience: string; options: readonly string[] }) =>
			`unknown audience "${a.audience}"; expected one of ${a.options.join(', ')}`,
		explain:
			'A build is for one audience (its site): the value given is none of them. Use one of the audiences listed.',
	},
	ClientNotChosen: {
		severity: 'error',
		message: (a: { clients: readonly string[] }) => `this project has several clients (${a.clients.join(', ')})`,
		hint: () => 'say which to build: npx cairn build --client <slug>',
		explain:
			'An Astro build builds one client’s site, and the project has more than one. Name the client with `--client`, or build with `npx cairn build`, which builds them all.',
	},
	BadBase: {
		severity: 'error',
		message: (a: { base: string }) => `--base ${a.base}: expected a path starting with /`,
		hint: () => 'give one such as /my-repo/',
		explain:
			'`--base` is the path the site is served under (such as `/my-repo/` on GitHub Pages), and every address of the site starts with it. Give a path that starts with `/`.',
	},
	NoInvestorSite: {
		severity: 'error',
		message: (a: { client: string }) => `the client ${a.client} has no investor site`,
		hint: () => 'add "investor: {}" (with its url and base, if known) to its client.yaml',
		explain:
			'The investor site is built only for clients whose `client.yaml` enables it. Add an `investor:` section to `client.yaml`, or ask for another audience.',
	},
	SiteNotBuilt: {
		severity: 'error',
		message: (a: { audience: string; client: string; command: string }) =>
			`the ${a.audience} site of ${a.client} has not been built yet`,
		hint: (a: { command: string }) => `build it first: ${a.command}`,
		explain:
			'`cairn preview` and `cairn pdf` work on a built site, and there is none in `dist/` for this client and audience. Build it first with the command given.',
		exitCode: 1,
	},
	ClientHasErrors: {
		severity: 'error',
		message: (a: { client: string; action: string }) =>
			`the content of ${a.client} has errors to fix before ${a.action}`,
		hint: (a: { client: string }) => `fix them (npx cairn check --client ${a.client} lists them), then try again`,
		explain:
			'The command works only on content that passes `cairn check`, and this client’s does not. Fix the errors listed (each line says where and how), then run the command again.',
		exitCode: 1,
	},
	ContentHasErrors: {
		severity: 'error',
		message: (a: { client: string }) => `the content of ${a.client} has errors`,
		hint: () => 'fix the ones below, then build again',
		explain:
			'Astro was started on a client whose content does not pass the check (`npx cairn build` checks first and never gets here). Fix the errors listed, then build again.',
		exitCode: 1,
	},
	SecretsBlockPdf: {
		severity: 'error',
		message: (a: { client: string }) => `the content of ${a.client} holds secrets, so Cairn does not print it`,
		hint: () => 'remove them (the lines above say where) and build again before printing',
		explain:
			'A PDF travels further than a site and cannot be taken back, so `cairn pdf` refuses a client whose content holds secrets. Remove and rotate them (see `SecretFound`), build again, then print.',
		exitCode: 1,
	},
	ChromiumMissing: {
		severity: 'error',
		message: () => 'no Chromium was found to print the PDF with',
		hint: () =>
			'on Debian or Ubuntu: sudo apt-get install chromium; elsewhere, set CHROMIUM_PATH to a Chromium or Chrome binary',
		explain:
			'`cairn pdf` prints the page with a Chromium or Chrome installed on the machine, and found none. Install one, or point `CHROMIUM_PATH` at its binary.',
		exitCode: 1,
	},
	OutInsideProtected: {
		severity: 'error',
		message: (a: { out: string; what: string }) => `--out ${a.out} is inside ${a.what}`,
		hint: () => 'write it somewhere else (the default is next to the sites, in dist/<client>/)',
		explain:
			'A file written into a built site would be published with it (or replaced by the next build), and one written into `content/` would become a client’s document. Choose a path outside both.',
	},
	OutParentIsFile: {
		severity: 'error',
		message: (a: { folder: string }) => `--out: ${a.folder} is a file, not a folder`,
		hint: () => 'choose another --out',
		explain: 'The path given to `--out` goes through a file as if it were a folder. Choose a path in a folder.',
	},
	OutIsFolder: {
		severity: 'error',
		message: (a: { out: string; example: string }) => `--out ${a.out} is a folder`,
		hint: (a: { example: string }) => `give a file name, such as ${a.example}`,
		explain: '`--out` names the file to write, and the path given is a folder. Add a file name to it.',
	},
	OutExists: {
		severity: 'error',
		message: (a: { out: string }) => `--out ${a.out} already exists`,
		hint: () => 'choose another --out, or add --force to replace it',
		explain:
			'Cairn never replaces a file you named without being told to. Choose another path, or add `--force` to replace the file.',
	},
	OutFolderMissing: {
		severity: 'error',
		message: (a: { folder: string }) => `--out: the folder ${a.folder} does not exist`,
		hint: () => 'create it first, or choose another --out',
		explain:
			'Cairn does not create folders for a file you named, so that a typo in the path does not scatter new folders. Create the folder, or fix the path.',
	},
	HandoverNeedsOut: {
		severity: 'error',
		message: (a: { client: string }) => `the handover of ${a.client} needs a folder to write the repository into`,
		hint: (a: { client: string }) => `give one: npx cairn handover ${a.client} --out <folder>`,
		explain:
			'`cairn handover` writes a new repository for the client and does not guess where. Give a new or empty folder with `--out` (or use `--check` to list loose ends only).',
	},
	HandoverOutInsideContent: {
		severity: 'error',
		message: (a: { out: string; client: string }) => `--out ${a.out} is inside content/`,
		hint: (a: { client: string }) => `write the repository somewhere else, such as ../${a.client}-docs`,
		explain:
			'The handover repository holds a copy of the content; written inside `content/`, it would be read back as documents. Write it outside this project.',
	},
	HandoverOutIsFile: {
		severity: 'error',
		message: (a: { out: string }) => `--out ${a.out} is a file`,
		hint: () => 'give a folder that is new or empty',
		explain: 'The handover writes a whole repository, so `--out` must be a folder. Give a new or empty folder.',
	},
	HandoverOutNotEmpty: {
		severity: 'error',
		message: (a: { out: string }) => `--out ${a.out} is not empty`,
		hint: () => nothingWritten('give a folder that is new or empty'),
		explain:
			'The handover never mixes its repository with files already there. Give a folder that does not exist yet or is empty.',
	},
	HandoverRulesOutside: {
		severity: 'error',
		message: (a: { files: string }) =>
			`the alerting rules ${a.files} (alerting.rules in client.yaml) lie outside this repository, or in another client's folder`,
		hint: () =>
			nothingWritten(
				'copy the rule files into this repository (infra/alerts/, say) and point alerting.rules there, or remove the entry',
			),
		explain:
			"The handover repository keeps the files `alerting.rules` names, at the same place, so that `npm test` there compares them with the runbooks as `cairn check` does here. A rule file outside this repository would be missing there, and one in another client's folder is never copied into this client's repository: copy the rules into this repository, outside content/, and the handover takes them along.",
	},
	NewWouldBeInvalid: {
		severity: 'error',
		message: (a: { what: string; details: string }) => `the new ${a.what} would not be valid (${a.details})`,
		hint: () => nothingWritten('change the options that set these fields'),
		explain:
			'`cairn new` checks what it is about to write with the same rules as `cairn check`, and an option given makes it invalid. Correct the option named in the message.',
	},
	NewFileExists: {
		severity: 'error',
		message: (a: { path: string }) => `the file ${a.path} already exists`,
		hint: () => nothingWritten('give another --title, or move the existing file away'),
		explain:
			'`cairn new` never overwrites a file. Choose another title (the file name comes from it), or move the existing file away.',
	},
	ClientExists: {
		severity: 'error',
		message: (a: { slug: string; dir: string }) => `the client "${a.slug}" already exists in ${a.dir}`,
		hint: () => nothingWritten('choose another slug'),
		explain: '`cairn new client` creates a new client folder and never touches an existing one. Choose another slug.',
	},
	NoAdrToSupersede: {
		severity: 'error',
		message: (a: { id: string }) => `there is no ${a.id} to supersede in this client`,
		hint: () => nothingWritten('give --supersedes the id of one of this client’s ADRs'),
		explain:
			'`--supersedes` marks an existing decision record as replaced by the new one, and the client has no record with that id. Check the id.',
	},
	AlreadySuperseded: {
		severity: 'error',
		message: (a: { id: string; by: string }) => `${a.id} is already superseded by ${a.by}`,
		hint: (a: { by: string }) => nothingWritten(`supersede ${a.by} instead`),
		explain:
			'A decision is replaced once; the record named was already replaced by another. Supersede the newer record instead.',
	},
	NewPathOutsideClient: {
		severity: 'error',
		message: (a: { path: string }) => `"${a.path}" is not a path inside the client folder`,
		hint: () => nothingWritten('give --folder a folder inside the client, such as guides'),
		explain:
			'`cairn new` writes only inside the client’s folder, and `--folder` (with the title) leads out of it or is empty. Give a folder inside the client.',
	},
	LockHeld: {
		severity: 'error',
		message: (a: { pid: number; what: string }) =>
			`another Cairn process (pid ${a.pid}) is already working on ${a.what}`,
		hint: () => 'wait for it to finish',
		explain:
			'Two builds of one site at once would write the same staging folder, so each build holds a lock. Wait for the other process to finish; a lock left by a process that died is removed by itself.',
	},
	LockFailed: {
		severity: 'error',
		message: (a: { path: string }) => `the lock file ${a.path} could not be taken`,
		hint: () => 'another process keeps creating it; stop it, or remove the file, then run the command again',
		explain:
			'Cairn could not create its lock file even after removing a stale one, which means another process keeps taking it. Stop that process, or remove the file.',
	},
} as const satisfies Record<string, ProblemSpec<never>>;
