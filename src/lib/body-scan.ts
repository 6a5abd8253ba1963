// One pass over a document's body with the MDX compiler Astro uses (Sätteri): it reports a syntax
// error with its position, or lists the body's links and images. Sätteri's syntax tree carries no
// positions, so each link is found again in the text, in order.
import { defineMdastPlugin, markdownToJs, mdxToJs } from 'satteri';

export interface BodyLink {
	kind: 'link' | 'image' | 'definition';
	url: string;
	/** Position in the file. */
	line: number;
	column: number;
}

export interface BodyScan {
	error?: { message: string; line: number; column: number };
	links: BodyLink[];
}

function positionOf(text: string, offset: number, firstLine: number): { line: number; column: number } {
	let line = firstLine;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, column: offset - lineStart + 1 };
}

/**
 * Scans a body. `mdx` selects the MDX parser (`.mdx` files) or plain Markdown (`.md`);
 * `firstLine` is the file line the body starts on.
 */
export function scanBody(body: string, options: { mdx: boolean; firstLine: number }): BodyScan {
	const found: { kind: BodyLink['kind']; url: string }[] = [];
	const collect = defineMdastPlugin({
		name: 'cairn-links',
		link(node) {
			found.push({ kind: 'link', url: node.url });
		},
		image(node) {
			found.push({ kind: 'image', url: node.url });
		},
		definition(node) {
			found.push({ kind: 'definition', url: node.url });
		},
	});
	try {
		(options.mdx ? mdxToJs : markdownToJs)(body, { mdastPlugins: [collect] });
	} catch (error) {
		const text = error instanceof Error ? error.message : String(error);
		const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(text);
		const line = match ? Number(match[1]) : 1;
		return {
			error: {
				message: match?.[3] ?? text,
				line: line + options.firstLine - 1,
				column: match ? Number(match[2]) : 1,
			},
			links: [],
		};
	}
	let cursor = 0;
	const links = found.map(({ kind, url }) => {
		let offset = body.indexOf(url, cursor);
		if (offset === -1) offset = body.indexOf(url);
		if (offset !== -1) cursor = offset + url.length;
		return { kind, url, ...positionOf(body, Math.max(offset, 0), options.firstLine) };
	});
	return { links };
}
