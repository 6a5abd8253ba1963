// Which documents a site is built from, and where it is hosted, for each audience. What is not
// selected here is never read by Astro: an investor site cannot leak a page it never built.
import type { ClientConfig } from '../schemas/client.ts';
import { inAudience, type Audience } from '../core/audiences.ts';
import type { LoadedDocument } from './project.ts';

export interface AudienceSelection {
	/** Documents built into the site. */
	included: LoadedDocument[];
	/** Documents left out, for the build to exclude and for links to them to become plain text. */
	excluded: LoadedDocument[];
}

export function selectAudience(documents: readonly LoadedDocument[], audience: Audience): AudienceSelection {
	const included: LoadedDocument[] = [];
	const excluded: LoadedDocument[] = [];
	for (const document of documents) {
		if (document.data && inAudience(document.data.audience, audience)) included.push(document);
		else excluded.push(document);
	}
	return { included, excluded };
}

/** The audiences `cairn build` builds by default: the team's, and the investors' when enabled. */
export function defaultAudiences(client: ClientConfig): Audience[] {
	return client.investor ? ['team', 'investor'] : ['team'];
}

/** Where a site is hosted. The internal site is for local use: no public address. */
export function siteFor(client: ClientConfig, audience: Audience): { url?: string; base: string } {
	if (audience === 'investor') {
		return { base: client.investor?.base ?? '/', ...(client.investor?.url ? { url: client.investor.url } : {}) };
	}
	if (audience === 'internal') return { base: '/' };
	return { base: client.site.base, ...(client.site.url ? { url: client.site.url } : {}) };
}

/** Sites that must not be found by search engines: robots.txt, noindex, X-Robots-Tag. */
export function isPrivate(audience: Audience): boolean {
	return audience !== 'team';
}

/** The command that builds one site of a client. */
export function buildCommandFor(client: string, audience: Audience): string {
	return `npx cairn build --client ${client}${audience === 'team' ? '' : ` --audience ${audience}`}`;
}
