// Errors caused by the user's input or command line. The CLI prints their message alone — no
// stack trace — and exits with their code: 1 for problems in the content, 2 for a bad command.
// Every one is a catalogue entry (src/core/problem-catalogue.ts): its text is the entry's
// sentences and its stable code, `… [LockHeld]`, which docs/problems.md explains.
import { problemCatalogue, type ProblemArgs, type ProblemCode } from '../core/problem-catalogue.ts';
import type { ProblemSpec } from '../core/problem-spec.ts';
import { problemSentences } from './problems/problem.ts';

export interface UserErrorOptions {
	/** What the message is about, put before it: `content/acme: …`. */
	at?: string;
	/** Lines printed after the message, such as the problems that caused it. */
	details?: string;
}

/**
 * A catalogue entry as a line for the user, with its code: for what a command reports and goes on
 * (a site that failed among several), where a {@link UserError} would stop it.
 */
export function userMessage<C extends ProblemCode>(code: C, args: ProblemArgs<C>): string {
	return `${problemSentences(code, args)} [${code}]`;
}

export class UserError<C extends ProblemCode = ProblemCode> extends Error {
	readonly code: C;
	readonly exitCode: 1 | 2;

	constructor(code: C, args: ProblemArgs<C>, options: UserErrorOptions = {}) {
		const at = options.at ? `${options.at}: ` : '';
		const details = options.details ? `\n${options.details}` : '';
		super(`${at}${userMessage(code, args)}${details}`);
		this.name = 'UserError';
		this.code = code;
		const spec: ProblemSpec<never> = problemCatalogue[code];
		this.exitCode = spec.exitCode ?? 2;
	}
}
