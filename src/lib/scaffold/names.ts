// Names for new documents: the next free ADR number, and a file name from a title.
import { slug } from 'github-slugger';

/** The number after the highest one used by an ADR id or an `adr/NNNN-…` file name. */
export function nextAdrNumber(ids: readonly string[], paths: readonly string[]): number {
	const numbers = [
		...ids.map(adrNumber),
		...paths.map((path) => {
			const digits = /^adr\/(\d+)-/.exec(path)?.[1];
			return digits === undefined ? undefined : Number(digits);
		}),
	].flatMap((n) => (n === undefined ? [] : [n]));
	return Math.max(0, ...numbers) + 1;
}

/** 7 from `ADR-0007`; `undefined` for anything that is not an ADR id. */
export function adrNumber(id: unknown): number | undefined {
	const digits = typeof id === 'string' ? /^ADR-(\d+)$/.exec(id)?.[1] : undefined;
	return digits === undefined ? undefined : Number(digits);
}

/** `ADR-0007` from 7. */
export function adrId(number: number): string {
	return `ADR-${String(number).padStart(4, '0')}`;
}

/** A file name stem from a title: lowercase words joined by hyphens, at most about 60 characters. */
export function fileStem(title: string): string {
	const full = slug(title).replace(/-+/g, '-').replace(/^-|-$/g, '');
	if (full.length <= 60) return full || 'untitled';
	const cut = full.slice(0, 61);
	return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60);
}
