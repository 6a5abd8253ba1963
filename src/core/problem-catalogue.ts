// Every problem Cairn reports, by stable name. Messages say what is wrong; hints say what to do.
// Schemas, checks and tests all build their text from here, so a message is written once.

export type Severity = 'error' | 'warning';

export interface ProblemSpec<Args> {
	severity: Severity;
	message: (args: Args) => string;
	hint?: (args: Args) => string | undefined;
}

const didYouMean = (suggestion?: string) => (suggestion ? `did you mean "${suggestion}"?` : undefined);

export const problemCatalogue = {
	NotUtf8: {
		severity: 'error',
		message: (a: { byte: string }) =>
			`the file is not UTF-8: the byte ${a.byte} here is not part of any UTF-8 character`,
		hint: () =>
			'save the file as UTF-8 (in VS Code: "Save with Encoding" → UTF-8); it was probably written as Latin-1 or Windows-1252',
	},
	EmptyFile: {
		severity: 'error',
		message: () => 'the file is empty',
		hint: () => 'give it frontmatter (at least title and kind) and a body, or delete it',
	},
	LinkOutsideClient: {
		severity: 'error',
		message: () => 'this file is a link to a file outside the client folder, which a client’s site never publishes',
		hint: () => 'copy the file into the client folder instead of linking to it',
	},
	FileOutsideClient: {
		severity: 'error',
		message: (a: { target: string; what: string }) =>
			`${a.what} ${a.target} is outside the client folder (or a link out of it); a client’s site publishes only its own files`,
		hint: () => 'copy the file into this client’s folder (for example into assets/) and point at the copy',
	},
	LinkedClientFolder: {
		severity: 'error',
		message: () =>
			'this client folder is a symbolic link to a folder elsewhere; Cairn builds only client folders that are really inside content/',
		hint: () => 'move the folder into content/ (or copy it) instead of linking to it',
	},
	NoFrontmatter: {
		severity: 'error',
		message: () => 'the file has no frontmatter',
		hint: () => 'start it with a block between two "---" lines that sets at least title and kind',
	},
	UnclosedFrontmatter: {
		severity: 'error',
		message: () => 'the frontmatter block is never closed',
		hint: () => 'end the frontmatter with a line holding only "---"',
	},
	YamlSyntax: {
		severity: 'error',
		message: (a: { detail: string }) => `not valid YAML: ${a.detail}`,
		hint: () => 'check the indentation, and quote values that contain ": " or start with a special character',
	},
	UnclosedQuote: {
		severity: 'error',
		message: (a: { quote: string }) => `not valid YAML: the ${a.quote} that opens this value is never closed`,
		hint: (a: { quote: string }) =>
			`end the value with ${a.quote} on the same line${a.quote === "'" ? " (write '' for an apostrophe inside it)" : ''}`,
	},
	NotAMapping: {
		severity: 'error',
		message: () => 'expected "key: value" lines',
	},
	MissingField: {
		severity: 'error',
		message: (a: { expected: string }) => `missing; expected ${a.expected}`,
	},
	WrongType: {
		severity: 'error',
		message: (a: { expected: string; received: string; quote?: boolean }) =>
			`expected ${a.expected}; got ${a.received}`,
		hint: (a: { quote?: boolean }) => (a.quote ? 'put the value in quotes to keep it as text' : undefined),
	},
	NotOneOf: {
		severity: 'error',
		message: (a: { options: readonly string[]; received: string; suggestion?: string }) =>
			`expected one of ${a.options.join(', ')}; got ${a.received}`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion),
	},
	UnknownKind: {
		severity: 'error',
		message: (a: { options: readonly string[]; received: string; suggestion?: string }) =>
			`unknown kind ${a.received}; expected one of ${a.options.join(', ')}`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion),
	},
	UnknownField: {
		severity: 'error',
		message: (a: { key: string; suggestion?: string }) => `unknown field "${a.key}"`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion) ?? 'remove it, or check the spelling',
	},
	UnsafeField: {
		severity: 'error',
		message: (a: { reason: string; instead: string }) => `not available in Cairn documents: ${a.reason}`,
		hint: (a: { instead: string }) => a.instead,
	},
	InvalidValue: {
		severity: 'error',
		message: (a: { detail: string; received?: string }) => (a.received ? `${a.detail}; got ${a.received}` : a.detail),
	},
	TooFew: {
		severity: 'error',
		message: (a: { minimum: number; what: string }) =>
			a.minimum === 1 ? `expected at least one ${a.what}` : `expected at least ${a.minimum} ${a.what}s`,
	},
	AdrAcceptedNeedsDate: {
		severity: 'error',
		message: () => 'an accepted ADR must give the date it was decided',
		hint: () => 'add "date: YYYY-MM-DD"',
	},
	AdrAcceptedNeedsDecisionMakers: {
		severity: 'error',
		message: () => 'an accepted ADR must name its decision makers',
		hint: () => 'add "decisionMakers: [Name, …]"',
	},
	AdrSupersededNeedsSuccessor: {
		severity: 'error',
		message: () => 'a superseded ADR must say which ADR superseded it',
		hint: () => 'add "supersededBy: ADR-00xx"',
	},
	AdrSuccessorNeedsSupersededStatus: {
		severity: 'error',
		message: (a: { status: string }) => `supersededBy is set but status is "${a.status}"`,
		hint: () => 'set "status: superseded", or remove supersededBy',
	},
	AdrSupersedesItself: {
		severity: 'error',
		message: (a: { id: string }) => `${a.id} cannot supersede itself`,
	},
	EndBeforeStart: {
		severity: 'error',
		message: (a: { start: string; end: string }) => `ends on ${a.end}, before it starts on ${a.start}`,
	},
	IncidentTimeOrder: {
		severity: 'error',
		message: (a: { field: string; at: string; before: string; beforeAt: string }) =>
			`${a.field} (${a.at}) is before ${a.before} (${a.beforeAt})`,
		hint: () => 'an incident starts, then is detected, then is resolved: check the times and their time zones',
	},
	DuplicateItemId: {
		severity: 'error',
		message: (a: { id: string; first: string }) => `the id "${a.id}" is already used by ${a.first}`,
		hint: () => 'give every item its own id',
	},
	PhasesOverlap: {
		severity: 'error',
		message: (a: { name: string; other: string }) => `phase "${a.name}" overlaps phase "${a.other}"`,
		hint: () => 'make each phase start after the previous one ends',
	},
	UnknownComponent: {
		severity: 'error',
		message: (a: { name: string; suggestion?: string }) => `depends on "${a.name}", which is not a listed component`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion) ?? 'add it to components, or fix the name',
	},
	BudgetLineCost: {
		severity: 'error',
		message: () => 'a budget line needs a cost: either monthly or annual, not both',
		hint: () => 'add "monthly: 1200" or "annual: 14400"',
	},
	MissingScore: {
		severity: 'error',
		message: (a: { option: string; criterion: string }) => `"${a.option}" has no score for "${a.criterion}"`,
		hint: (a: { criterion: string }) => `add "${a.criterion}: 1" to 5 to its scores`,
	},
	UnknownCriterion: {
		severity: 'error',
		message: (a: { name: string; suggestion?: string }) => `"${a.name}" is not one of the criteria`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion) ?? 'add it to criteria, or fix the name',
	},
	UnknownOption: {
		severity: 'error',
		message: (a: { name: string; suggestion?: string }) => `"${a.name}" is not one of the options`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion),
	},
	ClientFileMissing: {
		severity: 'error',
		message: () => 'this client folder has no client.yaml',
		hint: () => 'create one with `npx cairn new client <slug> --name "…"`, or copy another client’s',
	},
	SlugMismatch: {
		severity: 'error',
		message: (a: { slug: string; folder: string }) => `slug "${a.slug}" does not match the folder name "${a.folder}"`,
		hint: (a: { folder: string }) => `set "slug: ${a.folder}", or rename the folder`,
	},
	LogoNotFound: {
		severity: 'error',
		message: (a: { path: string }) => `no file at ${a.path}`,
		hint: () => 'give a path inside the client folder, such as assets/logo.svg',
	},
	UnknownClient: {
		severity: 'error',
		message: (a: { slug: string; dir: string; known: readonly string[]; suggestion?: string }) =>
			`there is no client "${a.slug}" in ${a.dir}${a.known.length ? ` (clients: ${a.known.join(', ')})` : ''}`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion),
	},
	NoClients: {
		severity: 'error',
		message: (a: { dir: string }) => `there are no clients in ${a.dir}`,
		hint: () => 'create one with `npx cairn new client <slug> --name "…"`',
	},
	DuplicateSlug: {
		severity: 'error',
		message: (a: { slug: string; other: string }) =>
			`two documents would both be published at /${a.slug}/ (the other is ${a.other})`,
		hint: () => 'rename one of the files',
	},
	DuplicateAdrId: {
		severity: 'error',
		message: (a: { id: string; other: string }) => `${a.id} is also the id of ${a.other}`,
		hint: () => 'give each ADR its own id; `npx cairn new adr` picks the next free one',
	},
	UnknownAdr: {
		severity: 'error',
		message: (a: { id: string; suggestion?: string }) => `there is no ${a.id} in this client`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion),
	},
	UnknownRoadmapItem: {
		severity: 'error',
		message: (a: { id: string; suggestion?: string }) => `no roadmap item has the id ${a.id}`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion),
	},
	UnknownRunbook: {
		severity: 'error',
		message: (a: { id: string; suggestion?: string }) => `no runbook has the id ${a.id}`,
		hint: (a: { suggestion?: string }) =>
			didYouMean(a.suggestion) ?? 'name a runbook by its path in the client folder, without .mdx: runbooks/db-failover',
	},
	AudienceNotBuilt: {
		severity: 'warning',
		message: () => 'is only for investors, but this client has no investor site, so it is built nowhere',
		hint: () => 'add "investor: {}" to client.yaml, or add team to its audience',
	},
	SuccessorDoesNotSaySo: {
		severity: 'error',
		message: (a: { id: string; successor: string }) =>
			`${a.id} says ${a.successor} superseded it, but ${a.successor} does not list it in supersedes`,
		hint: (a: { id: string; successor: string }) => `add ${a.id} to the supersedes list of ${a.successor}`,
	},
	PredecessorDoesNotSaySo: {
		severity: 'error',
		message: (a: { id: string; predecessor: string }) =>
			`${a.id} supersedes ${a.predecessor}, but ${a.predecessor} does not say supersededBy: ${a.id}`,
		hint: (a: { id: string; predecessor: string }) =>
			`in ${a.predecessor}, set "status: superseded" and "supersededBy: ${a.id}"`,
	},
	SupersedeCycle: {
		severity: 'error',
		message: (a: { cycle: readonly string[] }) => `supersede cycle: ${a.cycle.join(' → ')}`,
		hint: () => 'a decision cannot, through others, supersede itself; remove one link',
	},
	BadFileName: {
		severity: 'error',
		message: (a: { path: string; address: string }) =>
			`the name ${a.path} has capitals, spaces or other signs, so its page is published at ${a.address}, not under the name you see`,
		hint: (a: { renamed: string; address: string }) => `rename it to ${a.renamed}, and link to it as ${a.address}`,
	},
	WrongFolder: {
		severity: 'error',
		message: (a: { kind: string; folder: string; expected: string }) =>
			`a document of kind ${a.kind} belongs in ${a.expected}/, not ${a.folder}`,
		hint: (a: { expected: string }) => `move the file into ${a.expected}/, or change its kind`,
	},
	PageInKindFolder: {
		severity: 'error',
		message: (a: { folder: string; kind: string }) =>
			`${a.folder}/ is for documents of kind ${a.kind}, and this one is a page`,
		hint: (a: { kind: string }) => `move it to another folder, or give it \`kind: ${a.kind}\``,
	},
	ExcludedReference: {
		severity: 'warning',
		message: (a: { target: string; audience: string }) =>
			`refers to ${a.target}, which is not built for the ${a.audience} site; there it shows as plain text`,
		hint: (a: { audience: string }) =>
			`add ${a.audience} to the audience of the document it refers to, or remove the reference`,
	},
	ReservedPath: {
		severity: 'error',
		message: (a: { page: string; view: string }) => `would be published at ${a.page}, where Cairn builds the ${a.view}`,
		hint: () => 'rename the file or its folder',
	},
	BrokenLink: {
		severity: 'error',
		message: (a: { target: string; suggestion?: string }) => `links to ${a.target}, which is not a page of this site`,
		hint: (a: { suggestion?: string }) => didYouMean(a.suggestion),
	},
	BrokenAnchor: {
		severity: 'error',
		message: (a: { target: string; page: string; suggestion?: string }) =>
			`links to ${a.target}, but ${a.page} has no heading or anchor by that name`,
		hint: (a: { suggestion?: string }) =>
			a.suggestion ? `did you mean "#${a.suggestion}"?` : 'anchors are the headings in lowercase, spaces as hyphens',
	},
	ImportedLinkUnresolved: {
		severity: 'warning',
		message: (a: { target: string }) =>
			`links to ${a.target}, which the import left as the source repository wrote it: it is not a page of this site`,
		hint: () => 'point it at a page of this site or at the file on its code host, or remove the link',
	},
	LinkToSourceFile: {
		severity: 'error',
		message: (a: { target: string; page?: string }) =>
			`links to the file ${a.target}; source files are not part of the built site`,
		hint: (a: { page?: string }) => (a.page ? `link to the page ${a.page} instead` : undefined),
	},
	MissingImage: {
		severity: 'error',
		message: (a: { target: string }) => `shows the image ${a.target}, which does not exist`,
	},
	UnsafeMarkup: {
		severity: 'error',
		message: (a: { what: string; why: string; instead: string }) => `${a.what} ${a.why}; Cairn does not publish it`,
		hint: (a: { instead: string }) => a.instead,
	},
	UnsafeLink: {
		severity: 'error',
		message: (a: { target: string }) => `links to ${a.target}, an address that runs a script`,
		hint: () => 'link to a page of the site or to an https:// address',
	},
	ForbiddenImport: {
		severity: 'error',
		message: (a: { specifier: string }) =>
			`imports ${a.specifier}; a document may import only files of its client’s folder and @astrojs/starlight/components`,
		hint: () => 'copy what you need into the client folder and import it with a relative path such as ./diagram.svg',
	},
	ComputedImport: {
		severity: 'error',
		message: () => 'imports a file whose name is computed, so Cairn cannot tell what would be published',
		hint: () => 'import files by a name written out, such as import Diagram from "./diagram.svg"',
	},
	MissingImport: {
		severity: 'error',
		message: (a: { specifier: string }) => `imports ${a.specifier}, which does not exist`,
		hint: () => 'check the path: it is relative to this document',
	},
	UndefinedComponent: {
		severity: 'error',
		message: (a: { name: string }) => `uses <${a.name}>, which is neither imported nor defined in this file`,
		hint: () =>
			'import it at the top of the file (e.g. import { Tabs, TabItem } from "@astrojs/starlight/components";), or write &lt; for a literal <',
	},
	BuildMachineAccess: {
		severity: 'error',
		message: (a: { name: string }) =>
			`runs code that uses ${a.name}, which reads the machine the site is built on (its files, environment, secrets)`,
		hint: () => 'write the value into the document instead of computing it',
	},
	SecretFound: {
		severity: 'error',
		message: (a: { what: string; rule: string; masked: string }) =>
			`${a.what} (${a.masked}, rule ${a.rule}) would be published`,
		hint: () =>
			'remove it, and rotate it: it is in the git history. If it is no secret, add cairn-allow-secret on its line or the line above',
	},
	MdxSyntax: {
		severity: 'error',
		message: (a: { detail: string }) => `not valid MDX: ${a.detail}`,
		hint: () => 'in MDX write \\{ and \\} for literal braces, &lt; for a literal <, and {/* … */} for a comment',
	},
	ReviewOverdue: {
		severity: 'warning',
		message: (a: { lastReviewed: string; every: string; due: string; days: number }) =>
			`review overdue: last reviewed ${a.lastReviewed}, every ${a.every}, so due ${a.due} (${a.days} ${a.days === 1 ? 'day' : 'days'} ago)`,
		hint: () => 'check the document against reality, then update lastReviewed',
	},
	ProposalOpen: {
		severity: 'warning',
		message: (a: { id: string; since: string; days: number }) =>
			`${a.id} has been proposed since ${a.since} (${a.days} days) and is still not decided`,
		hint: () => 'decide it (accepted or rejected, with a date and decision makers) before the handover',
	},
	NoOwner: {
		severity: 'warning',
		message: () => 'nobody owns this document after the handover',
		hint: () => 'add "owner: <person or team>", someone of the client who will keep it current',
	},
	PlanItemPastDue: {
		severity: 'warning',
		message: (a: { title: string; due: string }) => `"${a.title}" was due ${a.due} and is not done`,
		hint: () => 'finish it and set "done: true", or hand it over with a new date and owner',
	},
	ServiceWithoutRunbook: {
		severity: 'warning',
		message: (a: { name: string; client: string }) =>
			`no runbook is for the component "${a.name}" or mentions it: nobody on call knows what to do when it fails`,
		hint: (a: { name: string; client: string }) =>
			`write one: npx cairn new runbook --client ${a.client} --title "…" --service ${a.name.replace(/\s+/g, '-').toLowerCase()}`,
	},
	NoContacts: {
		severity: 'warning',
		message: () => 'client.yaml names no contacts: the site does not say whom to ask',
		hint: () => 'add "contacts:" with the people at the client who own the documents now',
	},
	ImportedAdrIncomplete: {
		severity: 'warning',
		message: (a: { missing: string }) => `imported as accepted without ${a.missing}`,
		hint: () => 'add them when you know them',
	},
} as const satisfies Record<string, ProblemSpec<never>>;

export type ProblemCode = keyof typeof problemCatalogue;

/** Whether a text is one of the catalogue's codes, e.g. read back from a zod issue's params. */
export function isProblemCode(code: unknown): code is ProblemCode {
	return typeof code === 'string' && Object.hasOwn(problemCatalogue, code);
}
type MessageParameters<C extends ProblemCode> = Parameters<(typeof problemCatalogue)[C]['message']>;
/** The arguments a problem's message takes; `{}` for messages without any. */
export type ProblemArgs<C extends ProblemCode> =
	MessageParameters<C> extends [] ? Record<string, never> : MessageParameters<C>[0];
