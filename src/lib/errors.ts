// Errors caused by the user's input or command line. The CLI prints their message alone — no
// stack trace — and exits with their code: 1 for problems in the content, 2 for a bad command.
export class UserError extends Error {
	readonly exitCode: 1 | 2;

	constructor(message: string, exitCode: 1 | 2 = 2) {
		super(message);
		this.name = 'UserError';
		this.exitCode = exitCode;
	}
}
