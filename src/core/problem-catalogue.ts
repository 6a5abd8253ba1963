// Every problem Cairn reports, by stable name: what `cairn check` finds in the content, and what
// stops a command or an import. Messages say what is wrong; hints say what to do; `explain` is the
// code's section of docs/problems.md (scripts/problem-docs.ts). Schemas, checks, commands and
// tests all build their text from here, so a message is written once and its code never changes.
import { commandProblems } from './command-problems.ts';
import { importProblems } from './import-problems.ts';
import { didYouMean, type ProblemSpec } from './problem-spec.ts';

export type { Severity } from './problem-spec.ts';

/** What `cairn check` (and a build's check) reports in documents and client.yaml files. */
export const contentProblems = {
	NotUtf8: {
		severity: 'error',
		message: (a: { byte: string }) =>
			`the file is not UTF-8: the byte ${a.byte} here is not part of any UTF-8 character`,
		hint: () =>
			'save the file as UTF-8 (in VS Code: "Save with Encoding" → UTF-8); it was probably written as Latin-1 or Windows-1252',
		explain:
			'Cairn reads every file as UTF-8, the encoding browsers and Astro expect; a byte that is not UTF-8 would show as a garbled character on the site. Re-save the file as UTF-8; the line and column point at the first bad byte.',
	},
	EmptyFile: {
		severity: 'error',
		message: () => 'the file is empty',
		hint: () => 'give it frontmatter (at least title and kind) and a body, or delete it',
		explain:
			'An empty file has no title and no kind, so Cairn cannot tell what page it is. Give it frontmatter and a body, or delete it.',
	},
	LinkOutsideClient: {
		severity: 'error',
		message: () => 'this file is a link to a file outside the client folder, which a client’s site never publishes',
		hint: () => 'copy the file into the client folder instead of linking to it',
		explain:
			"A client's site is built only from that client's folder, so a symbolic link to a file elsewhere (another client's, or the machine's) could publish what the client never wrote. Copy the file into the folder instead.",
	},
	FileOutsideClient: {
		severity: 'error',
		message: (a: { target: string; what: string }) =>
			`${a.what} ${a.target} is outside the client folder (or a link out of it); a client’s site publishes only its own files`,
		hint: () => 'copy the file into this client’s folder (for example into assets/) and point at the copy',
		explain:
			"An image, import or logo must come from the client's own folder; a path that leaves it (with `..`, an absolute path or a link) could publish another client's files. Copy the file into the client folder and point at the copy.",
	},
	LinkedClientFolder: {
		severity: 'error',
		message: () =>
			'this client folder is a symbolic link to a folder elsewhere; Cairn builds only client folders that are really inside content/',
		hint: () => 'move the folder into content/ (or copy it) instead of linking to it',
		explain:
			'Cairn builds only folders that are really inside `content/`; a client folder that is a symbolic link could publish files from anywhere on the machine. Move or copy the folder into `content/`.',
	},
	NoFrontmatter: {
		severity: 'error',
		message: () => 'the file has no frontmatter',
		hint: () => 'start it with a block between two "---" lines that sets at least title and kind',
		explain:
			'Every document starts with a frontmatter block that says at least its `title` and `kind`, so Cairn knows what to check and how to show it. Add the block between two `---` lines at the top.',
	},
	UnclosedFrontmatter: {
		severity: 'error',
		message: () => 'the frontmatter block is never closed',
		hint: () => 'end the frontmatter with a line holding only "---"',
		explain:
			'The frontmatter starts with `---` but no line closes it, so the whole file would be read as YAML. End the block with a line holding only `---`.',
	},
	YamlSyntax: {
		severity: 'error',
		message: (a: { detail: string }) => `not valid YAML: ${a.detail}`,
		hint: () => 'check the indentation, and quote values that contain ": " or start with a special character',
		explain:
			'The frontmatter or `client.yaml` is not valid YAML, so none of its fields can be read. Common causes: a tab used to indent, a key written twice, or an unquoted value containing `: `.',
	},
	UnclosedQuote: {
		severity: 'error',
		message: (a: { quote: string }) => `not valid YAML: the ${a.quote} that opens this value is never closed`,
		hint: (a: { quote: string }) =>
			`end the value with ${a.quote} on the same line${a.quote === "'" ? " (write '' for an apostrophe inside it)" : ''}`,
		explain:
			"A quoted YAML value is never closed, so YAML reads the rest of the block as part of it. Close the quote on the same line; inside single quotes, write `''` for an apostrophe.",
	},
	NotAMapping: {
		severity: 'error',
		message: () => 'expected "key: value" lines',
		explain:
			'The frontmatter and `client.yaml` are sets of `key: value` lines; this one is a list or a single value. Write it as `key: value` lines.',
	},
	MissingField: {
		severity: 'error',
		message: (a: { expected: string }) => `missing; expected ${a.expected}`,
		explain: "A field the document's kind requires is not there. Add it; the message says what kind of value it takes.",
	},
	WrongType: {
		severity: 'error',
		message: (a: { expected: string; received: string; quote?: boolean }) =>
			`expected ${a.expected}; got ${a.received}`,
		hint: (a: { quote?: boolean }) => (a.quote ? 'put the value in quotes to keep it as text' : undefined),
		explain:
			'The field holds a value of another type than it takes, for example a number where text is expected. Change the value; quote it to keep it as text.',
	},
	NotOneOf: {
		severity: 'error',
		message: (a: { options: readonly string[]; received: string; suggestion?: string }) =>
			`expected one of ${a.options.join(', ')}; got ${a.received}`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion),
		explain:
			'The field takes one of a fixed set of values, and this is none of them. Use one of the values listed; a close match is suggested.',
	},
	UnknownKind: {
		severity: 'error',
		message: (a: { options: readonly string[]; received: string; suggestion?: string }) =>
			`unknown kind ${a.received}; expected one of ${a.options.join(', ')}`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion),
		explain:
			'`kind` says which kind of document this is (adr, runbook, page, …), and this one is not a kind Cairn knows. Use one of the kinds listed.',
	},
	UnknownField: {
		severity: 'error',
		message: (a: { key: string; suggestion?: string }) => `unknown field "${a.key}"`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion) ?? 'remove it, or check the spelling',
		explain:
			'Cairn rejects fields it does not know, so that a misspelt field is not silently ignored. Fix the spelling (a close match is suggested) or remove the field.',
	},
	UnsafeField: {
		severity: 'error',
		message: (a: { reason: string; instead: string }) => `not available in Cairn documents: ${a.reason}`,
		hint: (a: { instead: string }) => a.instead,
		explain:
			'Some Starlight frontmatter fields could inject markup or scripts into the page, and Cairn does not accept them in client documents. Use the alternative the hint gives.',
	},
	InvalidValue: {
		severity: 'error',
		message: (a: { detail: string; received?: string }) => (a.received ? `${a.detail}; got ${a.received}` : a.detail),
		explain:
			'The value has the right type but is not valid, for example an impossible date or a negative cost. Correct it as the message says.',
	},
	TooFew: {
		severity: 'error',
		message: (a: { minimum: number; what: string }) =>
			a.minimum === 1 ? `expected at least one ${a.what}` : `expected at least ${a.minimum} ${a.what}s`,
		explain:
			'The field is a list that needs a minimum number of items, such as at least one decision maker. Add items.',
	},
	AdrAcceptedNeedsDate: {
		severity: 'error',
		message: () => 'an accepted ADR must give the date it was decided',
		hint: () => 'add "date: YYYY-MM-DD"',
		explain:
			'An accepted decision records when it was made, so readers can tell how old it is. Add `date: YYYY-MM-DD`.',
	},
	AdrAcceptedNeedsDecisionMakers: {
		severity: 'error',
		message: () => 'an accepted ADR must name its decision makers',
		hint: () => 'add "decisionMakers: [Name, …]"',
		explain: 'An accepted decision records who made it, so readers know whom to ask. Add `decisionMakers: [Name, …]`.',
	},
	AdrSupersededNeedsSuccessor: {
		severity: 'error',
		message: () => 'a superseded ADR must say which ADR superseded it',
		hint: () => 'add "supersededBy: ADR-00xx"',
		explain:
			'A superseded decision points at the one that replaced it, so readers can follow the chain. Add `supersededBy: ADR-00xx`.',
	},
	AdrSuccessorNeedsSupersededStatus: {
		severity: 'error',
		message: (a: { status: string }) => `supersededBy is set but status is "${a.status}"`,
		hint: () => 'set "status: superseded", or remove supersededBy',
		explain:
			'`supersededBy` says another decision replaced this one, but its status says otherwise. Set `status: superseded`, or remove `supersededBy`.',
	},
	AdrSupersedesItself: {
		severity: 'error',
		message: (a: { id: string }) => `${a.id} cannot supersede itself`,
		explain: 'A decision lists itself in `supersedes` or `supersededBy`. Remove its own id.',
	},
	EndBeforeStart: {
		severity: 'error',
		message: (a: { start: string; end: string }) => `ends on ${a.end}, before it starts on ${a.start}`,
		explain: 'A period ends before it starts, so timelines would draw it backwards. Swap or correct the dates.',
	},
	IncidentTimeOrder: {
		severity: 'error',
		message: (a: { field: string; at: string; before: string; beforeAt: string }) =>
			`${a.field} (${a.at}) is before ${a.before} (${a.beforeAt})`,
		hint: () => 'an incident starts, then is detected, then is resolved: check the times and their time zones',
		explain:
			'A postmortem’s `started`, `detected` and `resolved` times are out of order, so its time to detect or to restore would be negative. Usually one time is in another time zone: write each with its zone, or all in UTC.',
	},
	DuplicateItemId: {
		severity: 'error',
		message: (a: { id: string; first: string }) => `the id "${a.id}" is already used by ${a.first}`,
		hint: () => 'give every item its own id',
		explain:
			'Items of a list are referred to by their id, so two items with one id make references ambiguous. Give each item its own id.',
	},
	PhasesOverlap: {
		severity: 'error',
		message: (a: { name: string; other: string }) => `phase "${a.name}" overlaps phase "${a.other}"`,
		hint: () => 'make each phase start after the previous one ends',
		explain:
			"A plan's phases follow one another; two that overlap make the timeline ambiguous. Make each phase start after the previous one ends.",
	},
	UnknownComponent: {
		severity: 'error',
		message: (a: { name: string; suggestion?: string }) => `depends on "${a.name}", which is not a listed component`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion) ?? 'add it to components, or fix the name',
		explain:
			'An architecture component depends on a component that is not listed, so the diagram cannot draw the edge. Add the component, or fix the name.',
	},
	BudgetLineCost: {
		severity: 'error',
		message: () => 'a budget line needs a cost: either monthly or annual, not both',
		hint: () => 'add "monthly: 1200" or "annual: 14400"',
		explain:
			'Each budget line has one cost, given either per month or per year, so totals are computed once. Give `monthly` or `annual`, not both and not neither.',
	},
	MissingScore: {
		severity: 'error',
		message: (a: { option: string; criterion: string }) => `"${a.option}" has no score for "${a.criterion}"`,
		hint: (a: { criterion: string }) => `add "${a.criterion}: 1" to 5 to its scores`,
		explain:
			'A vendor evaluation scores every option on every criterion; a missing score would make the totals unfair. Add the score from 1 to 5.',
	},
	UnknownCriterion: {
		severity: 'error',
		message: (a: { name: string; suggestion?: string }) => `"${a.name}" is not one of the criteria`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion) ?? 'add it to criteria, or fix the name',
		explain: 'A score names a criterion that the evaluation does not list. Add it to `criteria`, or fix the name.',
	},
	UnknownOption: {
		severity: 'error',
		message: (a: { name: string; suggestion?: string }) => `"${a.name}" is not one of the options`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion),
		explain: 'A reference names an option that the evaluation does not list. Fix the name.',
	},
	ClientFileMissing: {
		severity: 'error',
		message: () => 'this client folder has no client.yaml',
		hint: () => 'create one with `npx cairn new client <slug> --name "…"`, or copy another client’s',
		explain:
			"Every client folder holds a `client.yaml` that names the client and its engagement; without it Cairn cannot build the site. Create one with `npx cairn new client`, or copy another client's.",
	},
	SlugMismatch: {
		severity: 'error',
		message: (a: { slug: string; folder: string }) => `slug "${a.slug}" does not match the folder name "${a.folder}"`,
		hint: (a: { folder: string }) => `set "slug: ${a.folder}", or rename the folder`,
		explain:
			'The `slug` in `client.yaml` must equal the folder name, since both name the client in commands and addresses. Change one to match the other.',
	},
	LogoNotFound: {
		severity: 'error',
		message: (a: { path: string }) => `no file at ${a.path}`,
		hint: () => 'give a path inside the client folder, such as assets/logo.svg',
		explain:
			'`client.yaml` names a logo file that does not exist. Give a path inside the client folder, such as `assets/logo.svg`.',
	},
	UnknownClient: {
		severity: 'error',
		message: (a: { slug: string; dir: string; known: readonly string[]; suggestion?: string }) =>
			`there is no client "${a.slug}" in ${a.dir}${a.known.length ? ` (clients: ${a.known.join(', ')})` : ''}`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion),
		explain:
			'The command names a client that has no folder under `content/`. Check the spelling (a close match is suggested) or create the client with `npx cairn new client`.',
	},
	NoClients: {
		severity: 'error',
		message: (a: { dir: string }) => `there are no clients in ${a.dir}`,
		hint: () => 'create one with `npx cairn new client <slug> --name "…"`',
		explain:
			'There is no client folder under `content/`, so there is nothing to check or build. Create one with `npx cairn new client <slug> --name "…"`.',
		exitCode: 1,
	},
	DuplicateSlug: {
		severity: 'error',
		message: (a: { slug: string; other: string }) =>
			`two documents would both be published at /${a.slug}/ (the other is ${a.other})`,
		hint: () => 'rename one of the files',
		explain:
			'Two files would be published at the same address, and one page would replace the other. Rename one of them.',
	},
	DuplicateAdrId: {
		severity: 'error',
		message: (a: { id: string; other: string }) => `${a.id} is also the id of ${a.other}`,
		hint: () => 'give each ADR its own id; `npx cairn new adr` picks the next free one',
		explain:
			'ADR ids are how decisions refer to each other; two records with one id make every reference ambiguous. Give each its own id (`npx cairn new adr` picks the next free one).',
	},
	UnknownAdr: {
		severity: 'error',
		message: (a: { id: string; suggestion?: string }) => `there is no ${a.id} in this client`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion),
		explain:
			'A reference names an ADR id that no record of this client has. Fix the id (a close match is suggested) or write the record.',
	},
	UnknownRoadmapItem: {
		severity: 'error',
		message: (a: { id: string; suggestion?: string }) => `no roadmap item has the id ${a.id}`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion),
		explain: 'A reference names a roadmap item id that no roadmap of this client has. Fix the id.',
	},
	UnknownRunbook: {
		severity: 'error',
		message: (a: { id: string; suggestion?: string }) => `no runbook has the id ${a.id}`,
		hint: (a: { suggestion?: string }) =>
			didYouMean(a.suggestion) ?? 'name a runbook by its path in the client folder, without .mdx: runbooks/db-failover',
		explain:
			'A postmortem names a runbook, by its path in the client folder without `.mdx`, that this client does not have. Fix the path, or remove the runbook from the list.',
	},
	AudienceNotBuilt: {
		severity: 'warning',
		message: () => 'is only for investors, but this client has no investor site, so it is built nowhere',
		hint: () => 'add "investor: {}" to client.yaml, or add team to its audience',
		explain:
			'The document is only for investors, but the client has no investor site, so it is published nowhere. Enable the investor site in `client.yaml`, or add `team` to its audience.',
	},
	SuccessorDoesNotSaySo: {
		severity: 'error',
		message: (a: { id: string; successor: string }) =>
			`${a.id} says ${a.successor} superseded it, but ${a.successor} does not list it in supersedes`,
		hint: (a: { id: string; successor: string }) => `add ${a.id} to the supersedes list of ${a.successor}`,
		explain:
			"Supersede links are stated on both records so each page can show them; this one says it was superseded, but its successor does not list it. Add it to the successor's `supersedes`.",
	},
	PredecessorDoesNotSaySo: {
		severity: 'error',
		message: (a: { id: string; predecessor: string }) =>
			`${a.id} supersedes ${a.predecessor}, but ${a.predecessor} does not say supersededBy: ${a.id}`,
		hint: (a: { id: string; predecessor: string }) =>
			`in ${a.predecessor}, set "status: superseded" and "supersededBy: ${a.id}"`,
		explain:
			'This record supersedes another, but the other does not say `supersededBy` this one. Mark the older record superseded by this one.',
	},
	SupersedeCycle: {
		severity: 'error',
		message: (a: { cycle: readonly string[] }) => `supersede cycle: ${a.cycle.join(' → ')}`,
		hint: () => 'a decision cannot, through others, supersede itself; remove one link',
		explain:
			'Following `supersedes` links leads back to where it started, so no decision in the loop is the current one. Remove one link.',
	},
	BadFileName: {
		severity: 'error',
		message: (a: { path: string; address: string }) =>
			`the name ${a.path} has capitals, spaces or other signs, so its page is published at ${a.address}, not under the name you see`,
		hint: (a: { renamed: string; address: string }) => `rename it to ${a.renamed}, and link to it as ${a.address}`,
		explain:
			'Addresses are made from file names in lowercase with hyphens, so a name with capitals, spaces or other signs is published under another name than the one you see, and links to it break. Rename the file as the hint says.',
	},
	WrongFolder: {
		severity: 'error',
		message: (a: { kind: string; folder: string; expected: string }) =>
			`a document of kind ${a.kind} belongs in ${a.expected}/, not ${a.folder}`,
		hint: (a: { expected: string }) => `move the file into ${a.expected}/, or change its kind`,
		explain:
			'Each kind of document lives in its own folder (ADRs in `adr/`, runbooks in `runbooks/`, …), which is where the sidebar and views look for it. Move the file, or change its kind.',
	},
	PageInKindFolder: {
		severity: 'error',
		message: (a: { folder: string; kind: string }) =>
			`${a.folder}/ is for documents of kind ${a.kind}, and this one is a page`,
		hint: (a: { kind: string }) => `move it to another folder, or give it \`kind: ${a.kind}\``,
		explain:
			"A kind's folder holds only documents of that kind; a plain page there would be missed by the views of that kind. Move it, or give it the folder's kind.",
	},
	ExcludedReference: {
		severity: 'warning',
		message: (a: { target: string; audience: string }) =>
			`refers to ${a.target}, which is not built for the ${a.audience} site; there it shows as plain text`,
		hint: (a: { audience: string }) =>
			`add ${a.audience} to the audience of the document it refers to, or remove the reference`,
		explain:
			"The document refers to one that is not built for this audience's site, where the reference shows as plain text. Widen the other document's audience, or remove the reference.",
	},
	ReservedPath: {
		severity: 'error',
		message: (a: { page: string; view: string }) => `would be published at ${a.page}, where Cairn builds the ${a.view}`,
		hint: () => 'rename the file or its folder',
		explain:
			'Cairn builds some pages itself (such as the ADR graph or the roadmap view); a document at the same address would collide with it. Rename the file or its folder.',
	},
	BrokenLink: {
		severity: 'error',
		message: (a: { target: string; suggestion?: string }) => `links to ${a.target}, which is not a page of this site`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion),
		explain:
			'The link points at an address that no page of this site has, so readers would get a 404. Fix the address (a close match is suggested) or remove the link.',
	},
	BrokenAnchor: {
		severity: 'error',
		message: (a: { target: string; page: string; suggestion?: string }) =>
			`links to ${a.target}, but ${a.page} has no heading or anchor by that name`,
		hint: (a: { suggestion?: string }) =>
			a.suggestion ? `did you mean "#${a.suggestion}"?` : 'anchors are the headings in lowercase, spaces as hyphens',
		explain:
			'The page exists but has no heading or anchor by that name, so the link lands at the top of the page. Fix the anchor: headings become lowercase with hyphens.',
	},
	ImportedLinkUnresolved: {
		severity: 'warning',
		message: (a: { target: string }) =>
			`links to ${a.target}, which the import left as the source repository wrote it: it is not a page of this site`,
		hint: () => 'point it at a page of this site or at the file on its code host, or remove the link',
		explain:
			'The importer kept a link as the source repository wrote it, and it is not a page of this site. Point it at a page of the site or at the file on its code host, or remove it.',
	},
	LinkToSourceFile: {
		severity: 'error',
		message: (a: { target: string; page?: string }) =>
			`links to the file ${a.target}; source files are not part of the built site`,
		hint: (a: { page?: string }) => (a.page ? `link to the page ${a.page} instead` : undefined),
		explain:
			'The link points at a source file (`.md`, `.mdx`); the built site has pages, not source files. Link to the page instead.',
	},
	MissingImage: {
		severity: 'error',
		message: (a: { target: string }) => `shows the image ${a.target}, which does not exist`,
		explain:
			'The document shows an image file that does not exist, so the page would show a broken image. Fix the path or add the file.',
	},
	UnsafeMarkup: {
		severity: 'error',
		message: (a: { what: string; why: string; instead: string }) => `${a.what} ${a.why}; Cairn does not publish it`,
		hint: (a: { instead: string }) => a.instead,
		explain:
			"The body contains markup that could run code in a reader's browser (a script, an event handler, an iframe, …), which Cairn never publishes. Use the alternative the hint gives.",
	},
	UnsafeLink: {
		severity: 'error',
		message: (a: { target: string }) => `links to ${a.target}, an address that runs a script`,
		hint: () => 'link to a page of the site or to an https:// address',
		explain:
			"The link's address runs a script (`javascript:` and the like) instead of opening a page. Link to a page of the site or to an `https://` address.",
	},
	ForbiddenImport: {
		severity: 'error',
		message: (a: { specifier: string }) =>
			`imports ${a.specifier}; a document may import only files of its client’s folder and @astrojs/starlight/components`,
		hint: () => 'copy what you need into the client folder and import it with a relative path such as ./diagram.svg',
		explain:
			"An MDX document may import only files of its own client folder and Starlight's components, so that a document cannot pull in code or files from elsewhere. Copy what you need into the client folder.",
	},
	ComputedImport: {
		severity: 'error',
		message: () => 'imports a file whose name is computed, so Cairn cannot tell what would be published',
		hint: () => 'import files by a name written out, such as import Diagram from "./diagram.svg"',
		explain:
			'An import whose file name is computed could load any file, and Cairn cannot check what would be published. Import files by a name written out.',
	},
	MissingImport: {
		severity: 'error',
		message: (a: { specifier: string }) => `imports ${a.specifier}, which does not exist`,
		hint: () => 'check the path: it is relative to this document',
		explain:
			'The document imports a file that does not exist, so the page cannot be built. Fix the path, which is relative to the document.',
	},
	UndefinedComponent: {
		severity: 'error',
		message: (a: { name: string }) => `uses <${a.name}>, which is neither imported nor defined in this file`,
		hint: () =>
			'import it at the top of the file (e.g. import { Tabs, TabItem } from "@astrojs/starlight/components";), or write &lt; for a literal <',
		explain:
			'The body uses a component (a tag with a capital letter) that is neither imported nor defined, so the page cannot be built. Import it, or write `&lt;` for a literal `<`.',
	},
	BuildMachineAccess: {
		severity: 'error',
		message: (a: { name: string }) =>
			`runs code that uses ${a.name}, which reads the machine the site is built on (its files, environment, secrets)`,
		hint: () => 'write the value into the document instead of computing it',
		explain:
			'The document runs code that reads the machine it is built on (files, environment, secrets), which could publish them. Write the value into the document instead.',
	},
	SecretFound: {
		severity: 'error',
		message: (a: { what: string; rule: string; masked: string }) =>
			`${a.what} (${a.masked}, rule ${a.rule}) would be published`,
		hint: () =>
			'remove it, and rotate it: it is in the git history. If it is no secret, add cairn-allow-secret on its line or the line above',
		explain:
			'The file holds something that looks like a secret (a token, key or password), and everything in a client folder may be published. Remove and rotate it; if it is not a secret, mark the line with `cairn-allow-secret`.',
	},
	AlertRulesNotFound: {
		severity: 'error',
		message: (a: { rules: string }) => `alerting.rules: ${a.rules} matches no file`,
		hint: () => 'give the path of a rule file from the client folder (../ to leave it), or remove the entry',
		explain:
			'`client.yaml` lists the client’s alerting rule files so that `cairn check` can compare their alerts with the runbooks’. A path or glob there matches no file: fix it, or copy the rule files into the repository.',
	},
	AlertRulesUnreadable: {
		severity: 'error',
		message: (a: { detail: string }) => `Cairn cannot read this rule file: ${a.detail}`,
		hint: () =>
			'list the rule files as Prometheus loads them (a template, such as a Helm chart’s, must be rendered first: helm template …)',
		explain:
			'A rule file `client.yaml` lists is not YAML Cairn can read: a syntax error, or a template with `{{ … }}` outside quoted strings. Cairn reads Prometheus rule files, PrometheusRule resources, ConfigMaps holding rule files, and Grafana’s exported alert rules.',
	},
	AlertWithoutRunbook: {
		severity: 'warning',
		message: (a: { alert: string; client: string }) => `the alert ${a.alert} has no runbook`,
		hint: (a: { alert: string; client: string }) =>
			`write one (npx cairn new runbook --client ${a.client} --title "…" --service … --severity … --alert ${a.alert}), or add ${a.alert} to the alerts of the runbook that covers it`,
		explain:
			'An alert the client’s rules define is in no runbook’s `alerts`, so whoever it pages finds nothing to follow. Write the runbook, or name the alert in the runbook that already covers it; `cairn alerts` then prints its `runbook_url` annotation.',
	},
	RunbookAlertUndefined: {
		severity: 'warning',
		message: (a: { alert: string; suggestion?: string }) => `no alerting rule defines the alert ${a.alert}`,
		hint: (a: { suggestion?: string }) =>
			didYouMean(a.suggestion) ?? 'write the name exactly as the rules do, or remove it if the alert is gone',
		explain:
			'A runbook names an alert that none of the rule files in `client.yaml` defines: misspelt, renamed, or removed from the alerting. The alert that pages no longer leads to this runbook.',
	},
	MdxSyntax: {
		severity: 'error',
		message: (a: { detail: string }) => `not valid MDX: ${a.detail}`,
		hint: () => 'in MDX write \\{ and \\} for literal braces, &lt; for a literal <, and {/* … */} for a comment',
		explain:
			'The body is not valid MDX, so the page cannot be built. Usual causes: a literal `{`, `}` or `<` in text, or an HTML tag that is never closed.',
	},
	DiagramSyntax: {
		severity: 'error',
		message: (a: { detail: string }) => `Mermaid cannot read this diagram: ${a.detail}`,
		hint: () =>
			'fix its syntax (https://mermaid.js.org/intro/syntax-reference.html); npx cairn dev shows the diagram and its error as you edit',
		explain:
			'Cairn draws each Mermaid diagram while it builds the site, so that no page has to load Mermaid in the browser; a diagram Mermaid cannot parse stops the build there, with the line Mermaid names. `cairn check` does not draw diagrams, so this is found by `cairn build`.',
	},
	ReviewOverdue: {
		severity: 'warning',
		message: (a: { lastReviewed: string; every: string; due: string; days: number }) =>
			`review overdue: last reviewed ${a.lastReviewed}, every ${a.every}, so due ${a.due} (${a.days} ${a.days === 1 ? 'day' : 'days'} ago)`,
		hint: () => 'check the document against reality, then update lastReviewed',
		explain:
			'Runbooks and other documents that must stay true say how often they are reviewed; this one is past its review date. Check it against reality, then update `lastReviewed`.',
	},
	ProposalOpen: {
		severity: 'warning',
		message: (a: { id: string; since: string; days: number }) =>
			`${a.id} has been proposed since ${a.since} (${a.days} days) and is still not decided`,
		hint: () => 'decide it (accepted or rejected, with a date and decision makers) before the handover',
		explain:
			'A decision has been proposed for a long time without being decided; open decisions are a loose end at a handover. Accept or reject it.',
	},
	NoOwner: {
		severity: 'warning',
		message: () => 'nobody owns this document after the handover',
		hint: () => 'add "owner: <person or team>", someone of the client who will keep it current',
		explain:
			'After the handover someone at the client has to keep the document current, and it names nobody. Add `owner:`.',
	},
	PlanItemPastDue: {
		severity: 'warning',
		message: (a: { title: string; due: string }) => `"${a.title}" was due ${a.due} and is not done`,
		hint: () => 'finish it and set "done: true", or hand it over with a new date and owner',
		explain:
			'A plan item is past its due date and not done. Finish it and mark it done, or hand it over with a new date and owner.',
	},
	ServiceWithoutRunbook: {
		severity: 'warning',
		message: (a: { name: string; client: string }) =>
			`no runbook is for the component "${a.name}" or mentions it: nobody on call knows what to do when it fails`,
		hint: (a: { name: string; client: string }) =>
			`write one: npx cairn new runbook --client ${a.client} --title "…" --service ${a.name.replace(/\s+/g, '-').toLowerCase()}`,
		explain:
			'A component of the architecture has no runbook, so nobody on call knows what to do when it fails. Write one with `npx cairn new runbook`.',
	},
	NoContacts: {
		severity: 'warning',
		message: () => 'client.yaml names no contacts: the site does not say whom to ask',
		hint: () => 'add "contacts:" with the people at the client who own the documents now',
		explain:
			'`client.yaml` names no contacts, so the site does not say whom to ask once the handover is done. Add `contacts:`.',
	},
	ImportedAdrIncomplete: {
		severity: 'warning',
		message: (a: { missing: string }) => `imported as accepted without ${a.missing}`,
		hint: () => 'add them when you know them',
		explain:
			'The importer read the record as accepted but found no date or decision makers in it. Add them to the frontmatter when you know them.',
	},
} as const satisfies Record<string, ProblemSpec<never>>;

export const problemCatalogue = { ...contentProblems, ...commandProblems, ...importProblems } as const;

const codesOf = <T extends object>(part: T) => Object.keys(part) as (keyof T & string)[];

/** The catalogue's parts, in the order docs/problems.md shows them; `stops`: a command stops on them. */
export const problemGroups = [
	{
		title: 'Problems in the content',
		intro: 'Reported by `cairn check` at a file, line and column, and by `cairn build` before it builds.',
		stops: false,
		codes: codesOf(contentProblems),
	},
	{
		title: 'Mistakes in a command',
		intro: 'A command stops on these with one line, which ends with the code.',
		stops: true,
		codes: codesOf(commandProblems),
	},
	{
		title: 'Mistakes in an import',
		intro: '`cairn import` stops on these with one line, before it writes anything.',
		stops: true,
		codes: codesOf(importProblems),
	},
] as const;

export type ProblemCode = keyof typeof problemCatalogue;

/** Whether a text is one of the catalogue's codes, e.g. read back from a zod issue's params. */
export function isProblemCode(code: unknown): code is ProblemCode {
	return typeof code === 'string' && Object.hasOwn(problemCatalogue, code);
}
type MessageParameters<C extends ProblemCode> = Parameters<(typeof problemCatalogue)[C]['message']>;
/** The arguments a problem's message takes; `{}` for messages without any. */
export type ProblemArgs<C extends ProblemCode> =
	MessageParameters<C> extends [] ? Record<string, never> : MessageParameters<C>[0];
