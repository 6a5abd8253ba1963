// What an ADR's file name says: `0005-help-comments.md` has a number, log4brains'
// `20200924-use-markdown.md` a creation date, and both a slug for the new file name.
import { checkIsoDate } from '../../core/dates.ts';

export interface SourceName {
	/** The number of a `NNNN-slug.md` or `adr-NNN-slug.md` name. */
	number?: number;
	/** The `YYYY-MM-DD` of a log4brains `YYYYMMDD-slug.md` name. */
	date?: string;
	/** The rest of the name, without number, date or extension, e.g. `help-comments`. */
	slug: string;
}

export function readSourceName(path: string): SourceName {
	const stem = (path.split('/').pop() ?? path).replace(/\.(?:mdx?|markdown)$/i, '');
	const dated = /^(\d{4})(\d{2})(\d{2})-(.+)$/.exec(stem);
	const date = dated ? `${dated[1]}-${dated[2]}-${dated[3]}` : undefined;
	if (dated?.[4] && date && checkIsoDate(date).ok) return { date, slug: dated[4] };
	// `0005-help-comments`, `0005_help`, and with the genre in front: `adr-005-core`, `ADR_0005 core`.
	const numbered = /^(?:(?:adr|dr|ad|rfc)[-_ ]?)?(\d{1,6})[-_ .]+(.+)$/i.exec(stem);
	if (numbered?.[2]) return { number: Number(numbered[1]), slug: numbered[2] };
	return { slug: stem };
}
