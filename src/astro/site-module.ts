// `virtual:cairn/site`: what the Astro config knows about the client and the build, for the
// components (the client's name and engagement, the views, the build date, change dates).
import type { Plugin } from 'vite';
import type { ClientConfig } from '../schemas/client.ts';
import type { IsoDate } from '../core/dates.ts';
import type { Audience } from '../core/audiences.ts';
import type { ChangeDates } from '../lib/git-dates-fs.ts';
import type { IncidentFigures } from '../lib/views/postmortems.ts';

export interface SiteInfo {
	client: ClientConfig;
	/** Who the site is for. */
	audience: Audience;
	views: { id: string; title: string; summary: string }[];
	/** The date reviews and due dates are measured against. */
	today: IsoDate;
	/** Last-change dates by page id. */
	changes: { source: ChangeDates['source']; reason?: string; dates: Record<string, IsoDate> };
	/** Incident figures from the client's postmortems, for the diligence page; undefined without any. */
	incidents: IncidentFigures | undefined;
	/** The internal site's loose ends before the handover (src/lib/handover/readiness.ts); empty elsewhere. */
	readiness: { page: string | undefined; file: string; field: string; message: string; hint?: string }[];
}

const ID = 'virtual:cairn/site';

export function siteModule(info: SiteInfo): Plugin {
	return {
		name: 'cairn-site',
		resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
		load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(info)};` : undefined),
	};
}
