// A file-system failure is a user's matter (a full disk, a folder without permission, a file where
// a folder should be), not a bug: one line that says what happened and where, never a stack trace.
import { UserError } from './errors.ts';

/** The errno codes whose cause lies with the machine or the path given, not with Cairn. */
const REASONS: Readonly<Record<string, string>> = {
	EACCES: 'permission denied',
	EPERM: 'the operation is not permitted',
	ENOSPC: 'no space is left on the device',
	EDQUOT: 'the disk quota is used up',
	EROFS: 'the file system is read-only',
	EISDIR: 'it is a folder, where a file was expected',
	ENOTDIR: 'part of the path is a file, where a folder was expected',
	ENOENT: 'it does not exist',
	EEXIST: 'it exists already',
	ENAMETOOLONG: 'the name is too long',
	EMFILE: 'too many files are open',
	EBUSY: 'it is in use',
	EIO: 'the device reported an input/output error',
	ELOOP: 'it is a loop of symbolic links',
	EXDEV: 'it is on another file system',
};

export interface FsError extends Error {
	code: string;
	syscall?: string;
	path?: string;
}

/** Whether an error is a file-system failure a user can act on. */
export function isFsError(error: unknown): error is FsError {
	return (
		error instanceof Error && typeof (error as Partial<FsError>).code === 'string' && (error as FsError).code in REASONS
	);
}

const VERBS: Readonly<Record<string, string>> = {
	open: 'open',
	read: 'read',
	write: 'write',
	mkdir: 'create the folder',
	rename: 'move',
	unlink: 'remove',
	rm: 'remove',
	rmdir: 'remove the folder',
	scandir: 'list the folder',
	stat: 'look at',
	lstat: 'look at',
	copyfile: 'copy',
};

/** A file-system failure as the user error it is (`FileSystem`), naming the path as `show` renders it. */
export function fsUserError(error: FsError, show: (path: string) => string = (path) => path): UserError<'FileSystem'> {
	const verb = (error.syscall && VERBS[error.syscall]) ?? 'use';
	const where = error.path ? ` ${show(error.path)}` : '';
	return new UserError('FileSystem', { verb, where, reason: REASONS[error.code] ?? error.code });
}
