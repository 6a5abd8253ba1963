// Everything `cairn import adr` tells the user about a file, by stable name: what it changed or
// assumed, and why. The report and the tests build their text from here, so each is written once.

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const list = (items: readonly string[]) => items.join(', ');

export const noteCatalogue = {
	// Status
	StatusMapped: (a: { from: string; to: string }) => `status "${a.from}" read as ${a.to}`,
	StatusChoices: (a: { from: string }) =>
		`status "${a.from}" offers several statuses, as a template does; imported as proposed, so review it`,
	StatusUnknown: (a: { from: string }) =>
		`status "${a.from}" is not one Cairn knows; imported as proposed, so review it`,
	StatusMissing: () => 'the source gives no status; imported as proposed, not assumed accepted, so review it',
	StatusSuperseded: (a: { was: string; by: string }) =>
		`status was ${a.was}; set to superseded because ${a.by} supersedes it`,
	SupersededWithoutSuccessor: () =>
		'the status is superseded but names no successor in this import; imported as deprecated (superseded needs one)',
	SupersededTwice: (a: { ids: readonly string[]; kept: string }) =>
		`superseded by ${list(a.ids)} at once; kept ${a.kept}, the latest, as supersededBy`,
	// Fields
	DroppedKeys: (a: { keys: readonly string[] }) =>
		`dropped front matter ${a.keys.length === 1 ? 'key' : 'keys'} ${list(a.keys)}: not ADR metadata Cairn has a field for`,
	InvalidFrontmatter: (a: { detail: string }) => `the front matter is not valid YAML (${a.detail}); ignored it`,
	Missing: (a: { what: readonly string[] }) =>
		`no ${a.what.join(' and no ')} in the source; left out, not invented (cairn check will warn)`,
	DateUnreadable: (a: { text: string }) => `date "${a.text}" is not a date Cairn can read; left it out`,
	DateDayFirst: (a: { text: string; date: string; why: string }) =>
		`read date "${a.text}" as day/month/year (${a.why}): ${a.date}`,
	DateMonthFirst: (a: { text: string; date: string; why: string }) =>
		`read date "${a.text}" as month/day/year (${a.why}): ${a.date}`,
	DateOrderMixed: () =>
		'the folder writes slash dates both day first and month first; read the ambiguous ones day first (use --dates mdy for month first)',
	DateFromStatus: (a: { text: string; date: string }) =>
		`no Date line; took the date ${a.date} from the status "${a.text}"`,
	DateFromFileName: (a: { date: string }) =>
		`no Date line: numbered by the date in the file name (${a.date}), when the file was created; left date out, as the decision's date is unknown`,
	TagsNormalized: (a: { from: readonly string[]; to: readonly string[] }) =>
		`tags ${list(a.from)} became ${list(a.to)}: Cairn tags are lowercase-kebab`,
	// Title and number
	TitleFromFileName: () => 'no title heading; took the title from the file name',
	TitleFromFrontmatter: () => 'no title heading; took the title from the front matter',
	TitleDiffersFromFileName: (a: { title: string; slug: string }) =>
		`the title "${a.title}" differs from the file name (${a.slug}); kept the title as written`,
	TitleNumberRemoved: (a: { heading: string }) => `removed the number from the title heading "${a.heading}"`,
	NumberMismatch: (a: { heading: number; file: number }) =>
		`the title heading says ${a.heading} but the file name says ${a.file}; kept ${a.file}, which links use`,
	NumberAssigned: (a: { id: string; date: string | undefined }) =>
		`numbered ${a.id} by date order${a.date ? ` (${a.date})` : ' (no date: after the dated ones)'}, ties by file name: log4brains records have no numbers`,
	NumberAssignedUnnumbered: (a: { id: string }) =>
		`numbered ${a.id} after the highest number: the file name and title give none`,
	// Relations
	SupersedeContradiction: (a: { id: string }) =>
		`this record and ${a.id} each say they supersede the other; kept the later one, ${a.id}, as the successor`,
	RelationAdded: (a: { field: string; id: string; from: string }) =>
		`added ${a.field}: ${a.id}, because ${a.from} states the relation from its side`,
	RelationUnresolved: (a: { text: string }) =>
		`"${a.text}" points to no ADR of this import, so the frontmatter does not record it (any text saying it stays)`,
	SuccessorFromBody: (a: { text: string }) =>
		`its status says superseded without naming the successor; took it from "${a.text}" further down`,
	RelationToItself: (a: { text: string }) => `ignored "${a.text}": it points to the record itself`,
	StatusSectionKept: (a: { text: string }) =>
		`kept part of the Status section, which Cairn could not map to frontmatter: "${a.text}"`,
	// Links and images
	LinksRewritten: (a: { count: number }) => `rewrote ${plural(a.count, 'link')} to other ADRs as site links`,
	LinkKept: (a: { url: string; why: string }) =>
		`kept the link to ${a.url} as written: ${a.why}; it will not work on the site, and cairn check warns about it until you point it at a page or remove it`,
	LinkAnchorDropped: (a: { url: string }) =>
		`pointed ${a.url} at the record's page without its #fragment, which names no heading the page keeps`,
	ImagesCopied: (a: { files: readonly string[] }) =>
		`copied ${plural(a.files.length, 'image')} next to it (${list(a.files)})`,
	ImageRenamed: (a: { url: string; to: string }) =>
		`image ${a.url} is outside the ADR folder; copied it next to the record as ${a.to} and pointed the link there`,
	ImageMissing: (a: { url: string }) =>
		`image ${a.url} does not exist; turned it into a plain link so the site still builds (cairn check reports it as broken)`,
	// MDX
	Escaped: (a: { count: number }) =>
		`escaped ${plural(a.count, 'character')} ({, } or <) that MDX would read as code or a tag`,
	HtmlComments: (a: { count: number }) =>
		`turned ${plural(a.count, 'HTML comment')} into MDX comments ({/* … */}): MDX has no HTML comments`,
	HeadingComment: (a: { heading: string }) => `removed the HTML comment after heading "${a.heading}"`,
	Autolinks: (a: { count: number }) =>
		`turned ${plural(a.count, 'autolink')} <…> into [text](url) links: MDX has no autolinks`,
	VoidTags: (a: { tags: readonly string[] }) =>
		`closed ${list(a.tags.map((t) => `<${t}>`))} as ${list(a.tags.map((t) => `<${t} />`))}: MDX needs every tag closed`,
	IndentedCode: (a: { count: number }) =>
		`fenced ${plural(a.count, 'indented code block')}: MDX reads indented code as text`,
	EsmParagraph: (a: { word: string }) =>
		`escaped the "${a.word}" that starts a paragraph: MDX would read the line as JavaScript`,
	MermaidFromHtml: (a: { count: number }) =>
		`turned ${plural(a.count, 'HTML Mermaid block')} (<pre class="mermaid">) into ${a.count === 1 ? 'a ```mermaid block' : '```mermaid blocks'}, which Cairn draws itself`,
	ScriptsRemoved: (a: { sources: readonly string[] }) =>
		`kept ${plural(a.sources.length, '<script> element')} (${list(a.sources)}) as MDX comments: a script would run in every reader's browser, so Cairn publishes none`,
	EmbedsReplaced: (a: { elements: readonly string[] }) =>
		a.elements.length === 1
			? `kept ${list(a.elements)} as an MDX comment, with a link to what it loaded: Cairn pages load no other pages`
			: `kept ${list(a.elements)} as MDX comments, with links to what they loaded: Cairn pages load no other pages`,
	SecretLike: (a: { line: number; what: string; masked: string }) =>
		`line ${a.line} holds what looks like ${a.what} (${a.masked}), kept as written; cairn check stops the build until you remove it (and rotate it) or, if it is an example, add cairn-allow-secret on its line or the line above`,
	HtmlAsText: (a: { detail: string }) =>
		`MDX could not read its HTML (${a.detail}); kept the HTML as visible text instead`,
	LineEndings: () => 'converted Windows line endings to Unix ones',
	NotUtf8: (a: { byte: string; line: number; column: number }) =>
		`the file is not UTF-8 (byte ${a.byte} at line ${a.line}, column ${a.column}); read it as Windows-1252 (Latin-1), so check its accented letters`,
} as const;

export type NoteCode = keyof typeof noteCatalogue;
export type NoteArgs<C extends NoteCode> = Parameters<(typeof noteCatalogue)[C]>[0];

/** One thing the import tells the user about a file. */
export interface Note {
	code: NoteCode;
	message: string;
}

/** Builds a note from its catalogue entry. */
export function note<C extends NoteCode>(code: C, ...args: Parameters<(typeof noteCatalogue)[C]>): Note {
	const message = (noteCatalogue[code] as (a?: unknown) => string)(args[0]);
	return { code, message };
}

/** Why a file of an ADR folder is not imported, by stable name. */
export const skipCatalogue = {
	Index: () => 'an index page, not a decision record',
	Readme: () => 'a README, not a decision record',
	Template: () => 'the ADR template, not a decision record',
	Underscore: () => 'its name starts with "_", which Cairn reserves for files that are not documents',
	Empty: () => 'it has no text after its front matter, so it is not a decision record',
} as const;

export type SkipCode = keyof typeof skipCatalogue;
