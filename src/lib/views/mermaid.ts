// Writing Mermaid source from frontmatter text safely: labels in quotes with the characters that
// would end them escaped, and node ids that Mermaid accepts.

/** A node id from any text: letters, digits and underscores. */
export function nodeId(text: string): string {
	return text.replace(/[^A-Za-z0-9_]/g, '_');
}

/** A quoted label; Mermaid reads `#quot;` and friends as entities inside quotes. */
export function label(text: string): string {
	const escaped = text.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
	return `"${escaped}"`;
}

/** Text for places that cannot be quoted (gantt task names): no characters Mermaid parses there. */
export function plainText(text: string): string {
	return text
		.replace(/[:;#\n\r]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}
