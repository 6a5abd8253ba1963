// The shape the views work on: a page id and its validated frontmatter, narrowed by kind. The
// Astro pages pass content collection entries; tests pass literals.
import type { Frontmatter } from '../../schemas/frontmatter.ts';

export interface ViewDocument<F extends Frontmatter = Frontmatter> {
	/** The page id, which is its path under the site's base. */
	id: string;
	data: F;
}

export type OfKind<K extends Frontmatter['kind']> = ViewDocument<Extract<Frontmatter, { kind: K }>>;

export function ofKind<K extends Frontmatter['kind']>(documents: readonly ViewDocument[], kind: K): OfKind<K>[] {
	return documents.filter((d): d is OfKind<K> => d.data.kind === kind);
}

/** The noun for `count` documents of a kind: `security baseline` for 1, `decisions` for 19. */
export function kindNoun(count: number, kind: { singular: string }): string {
	const noun = kind.singular.toLowerCase();
	return count === 1 ? noun : `${noun}s`;
}
