// The plan of one site, worked out by the CLI from the client it checked and handed to the Astro
// run as data: what it builds and leaves out, and what its pages need from the whole client.
import { describe, expect, it } from 'vitest';
import { sitePlan } from '../../src/lib/build/site-plan.ts';
import { assembleClient } from '../../src/lib/project.ts';
import { CLIENT_YAML } from '../helpers/check.ts';

const postmortem = (audience: string) => `---
title: Outage
kind: postmortem
audience: [${audience}]
severity: sev2
services: [api]
started: 2026-10-01T10:00Z
detected: 2026-10-01T10:10Z
resolved: 2026-10-01T11:00Z
customerImpact: Nobody could log in.
rootCause: code
---
`;

function project() {
	const documents = {
		'index.mdx': '---\ntitle: Home\nkind: page\n---\n',
		'adr/0001-a.mdx': '---\ntitle: A\nkind: adr\nid: ADR-0001\nstatus: proposed\n---\n',
		'postmortems/p.mdx': postmortem('team'),
		'postmortems/q.mdx': postmortem('internal'),
	};
	const loaded = assembleClient({
		slug: 'acme',
		dir: '/p/content/acme',
		clientYaml: `${CLIENT_YAML}investor: {}\n`,
		documents: Object.entries(documents).map(([path, text]) => ({ path, text })),
		fileAt: () => 'file',
	});
	if (!loaded.config) throw new Error('client.yaml did not validate');
	return { ...loaded, config: loaded.config };
}

const changes = { source: 'files' as const, dates: { 'adr/0001-a.mdx': '2026-09-01' } };
const changesOf = () => changes;

describe('a site plan', () => {
	it('splits the documents by audience, with the frontmatter the pages need', () => {
		const plan = sitePlan('/p', project(), { audience: 'team', outDir: '/p/out', today: '2026-11-24', changesOf });
		expect(plan).toMatchObject({ client: 'acme', clientDir: '/p/content/acme', audience: 'team', outDir: '/p/out' });
		expect(plan.included.map((d) => [d.id, d.file, d.data.kind]).sort()).toEqual([
			['adr/0001-a', 'content/acme/adr/0001-a.mdx', 'adr'],
			['index', 'content/acme/index.mdx', 'page'],
			['postmortems/p', 'content/acme/postmortems/p.mdx', 'postmortem'],
		]);
		expect(plan.excluded).toEqual([
			{ id: 'postmortems/q', path: 'postmortems/q.mdx', file: 'content/acme/postmortems/q.mdx' },
		]);
		// Counted from both postmortems, the internal one too; only the numbers are in the plan.
		expect(plan.incidents).toEqual({ incidents12m: 2, mttr: '1 h', postmortems: 2 });
		expect(plan.readiness).toEqual([]);
		expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
	});

	it('takes the base path given over client.yaml’s, and lists loose ends only for the internal site', () => {
		const plan = sitePlan('/p', project(), {
			audience: 'internal',
			outDir: '/p/out',
			today: '2026-11-24',
			base: '/docs/',
			changesOf,
		});
		expect(plan.site.base).toBe('/docs/');
		expect(plan.included.map((d) => d.id)).toContain('postmortems/q');
		expect(plan.readiness.map((row) => [row.page, row.field])).toContainEqual(['adr/0001-a', 'status']);
	});
});
