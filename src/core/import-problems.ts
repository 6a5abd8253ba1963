// The mistakes that stop `cairn import` before it writes anything: a source folder that holds no
// records, numbers that collide, files in the way. Part of the one catalogue (problem-catalogue.ts);
// messages start with a word of their own, never with a value, since the line capitalises it.
import type { ProblemSpec } from './problem-spec.ts';

const giveAdrFolder = () => 'give the folder that holds the decision records';

export const importProblems = {
	ImportFolderMissing: {
		severity: 'error',
		message: (a: { folder: string }) => `there is no folder ${a.folder}`,
		hint: giveAdrFolder,
		explain:
			'`cairn import` reads decision records from the folders given, and no folder exists at this path. Check the path; it is relative to the folder you run the command in.',
	},
	ImportFolderIsFile: {
		severity: 'error',
		message: (a: { folder: string }) => `the path ${a.folder} is a file, not a folder`,
		hint: giveAdrFolder,
		explain: '`cairn import` takes folders of decision records, not single files. Give the folder the file is in.',
	},
	ImportFolderTwice: {
		severity: 'error',
		message: (a: { folder: string; outer?: string }) =>
			a.outer
				? `the folder ${a.folder} is inside ${a.outer}, which is imported too`
				: `the folder ${a.folder} is given twice`,
		hint: () => 'give each folder once',
		explain:
			'A folder given twice, or inside another folder given, would import its records twice. Give each folder once.',
	},
	ImportNoMarkdown: {
		severity: 'error',
		message: (a: { folder: string }) => `the folder ${a.folder} holds no Markdown (.md) files`,
		hint: giveAdrFolder,
		explain:
			'Decision records are Markdown files (`.md`, `.markdown`), and the folder holds none, even in its subfolders. Give the folder the records are in.',
	},
	ImportNoAdrs: {
		severity: 'error',
		message: (a: { folder: string; skipped: readonly string[] }) =>
			`the folder ${a.folder} holds no ADRs (${a.skipped.join('; ')})`,
		hint: giveAdrFolder,
		explain:
			'Every Markdown file of the folder was skipped as something other than a decision record (a README, an index, a template); the message says why for each. Give the folder that holds the records themselves.',
	},
	ImportNumberTwice: {
		severity: 'error',
		message: (a: { first: string; second: string; number: number }) =>
			`the files ${a.first} and ${a.second} both have number ${a.number}, and ADR ids must be unique`,
		hint: () => 'renumber one of them, or import them into different clients',
		explain:
			'An imported record keeps its number as its ADR id, and two records with one number would get one id. Renumber one in the source, or import them into different clients.',
	},
	ImportNumberTaken: {
		severity: 'error',
		message: (a: { id: string; existing: string; source: string; number: number }) =>
			`${a.id} already exists (${a.existing}) and ${a.source} keeps its number ${a.number}`,
		hint: (a: { id: string }) => `import into a client without ${a.id}, or renumber one of them first`,
		explain:
			'An imported record keeps its number as its ADR id, and the client already has a record with that id. Import into another client, or renumber one of the two first.',
	},
	ImportTargetExists: {
		severity: 'error',
		message: (a: { path: string; more: number }) =>
			`the file ${a.path} already exists${a.more ? ` (and ${a.more} more)` : ''}, and the import never overwrites a file`,
		hint: () => 'move it away, or import into another client',
		explain:
			'The import writes each record to a new file and never replaces one. Move the existing files away, or import into another client.',
	},
	ImportSamePage: {
		severity: 'error',
		message: (a: { existing: string; target: string }) =>
			`the file ${a.existing} already exists and would have the same page as ${a.target}`,
		hint: () => 'move it away, or import into another client',
		explain:
			'Two files whose names differ only in capitals or extension are published at one address, so one page would replace the other. Move the existing file away, or import into another client.',
	},
	ImportImageClash: {
		severity: 'error',
		message: (a: { target: string; first: string; second: string }) =>
			`two different images would be copied to ${a.target} (${a.first} and ${a.second})`,
		hint: () => 'rename one of them, then run the import again',
		explain:
			'Images of the records are copied into the client folder by name, and two different images have the same name. Rename one in the source.',
	},
	ImportTargetAppeared: {
		severity: 'error',
		message: (a: { path: string }) => `the file ${a.path} appeared during the import`,
		hint: () => 'nothing was written; run the import again',
		explain:
			'A file the import was about to write was created by something else while it ran; the import removed what it had written. Run it again once nothing else writes into the client folder.',
	},
} as const satisfies Record<string, ProblemSpec<never>>;
