// The shape of one catalogue entry, shared by the catalogue's parts (content, command, import), so
// each part can stand alone and the whole catalogue still holds one type.

export type Severity = 'error' | 'warning';

export interface ProblemSpec<Args> {
	severity: Severity;
	/** What is wrong, in lowercase (a check line starts with the file; a command's line capitalises it). */
	message: (args: Args) => string;
	/** What to do about it. */
	hint?: (args: Args) => string | undefined;
	/** One or two sentences for docs/problems.md: why Cairn reports it and how to fix it. */
	explain: string;
	/** The exit code of a command that stops on it: 1 for the content, 2 (the default) for the command. */
	exitCode?: 1 | 2;
}

export const didYouMean = (suggestion?: string) => (suggestion ? `did you mean "${suggestion}"?` : undefined);
