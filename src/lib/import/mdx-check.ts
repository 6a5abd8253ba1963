// The last safety check of an imported body: compile it with satteri, the MDX compiler Astro
// uses, so a file the escapes could not make valid is reported instead of breaking the build.
import { mdxToJs } from 'satteri';

/**
 * The compiler's complaint, without its position (which is in the new text, not the source) and
 * rule name, or `undefined` when the MDX compiles.
 */
export function mdxProblem(body: string): string | undefined {
	try {
		mdxToJs(body);
		return undefined;
	} catch (error) {
		const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
		return message
			.replace(/^\d+:\d+: /, '')
			.replace(/ \(\d+:\d+\)/g, '')
			.replace(/ \([\w:-]+\)$/, '');
	}
}
