// The rules that look at a client's documents together, and at their bodies.
import { describe, expect, it } from 'vitest';
import { problemCatalogue } from '../../src/core/problem-catalogue.ts';
import { adr, checkFiles, CLIENT_YAML } from '../helpers/check.ts';

describe('ADR rules', () => {
	it('accepts a supersede link both records agree on', () => {
		expect(
			checkFiles({
				'adr/0001-a.mdx': adr('ADR-0001', 'status: superseded\nsupersededBy: ADR-0002\n').replace(
					'status: proposed\n',
					'',
				),
				'adr/0002-b.mdx': adr('ADR-0002', 'supersedes: [ADR-0001]\n'),
			}),
		).toEqual([]);
	});

	it('reports duplicate ids and references to ADRs that do not exist', () => {
		expect(
			checkFiles({
				'adr/0001-a.mdx': adr('ADR-0001', 'amends: [ADR-0009]\n'),
				'adr/0002-b.mdx': adr('ADR-0001'),
				'adr/0003-c.mdx': adr('ADR-0003', 'supersedes: [ADR-0004]\n'),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/acme/adr/0001-a.mdx:6:10 error amends[0]: there is no ADR-0009 in this client — did you mean "ADR-0001"? [UnknownAdr]",
			  "content/acme/adr/0002-b.mdx:4:5 error id: ADR-0001 is also the id of content/acme/adr/0001-a.mdx — give each ADR its own id; \`npx cairn new adr\` picks the next free one [DuplicateAdrId]",
			  "content/acme/adr/0003-c.mdx:6:14 error supersedes[0]: there is no ADR-0004 in this client — did you mean "ADR-0001"? [UnknownAdr]",
			]
		`);
	});

	it('reports a supersede link only one of the two records states', () => {
		const superseded = (by: string) =>
			adr('ADR-0001', `supersededBy: ${by}\n`).replace('status: proposed', 'status: superseded');
		expect(checkFiles({ 'adr/0001-a.mdx': superseded('ADR-0002'), 'adr/0002-b.mdx': adr('ADR-0002') })).toEqual([
			`content/acme/adr/0001-a.mdx:6:15 error supersededBy: ${problemCatalogue.SuccessorDoesNotSaySo.message({ id: 'ADR-0001', successor: 'ADR-0002' })} — ${problemCatalogue.SuccessorDoesNotSaySo.hint({ id: 'ADR-0001', successor: 'ADR-0002' })} [SuccessorDoesNotSaySo]`,
		]);
		expect(
			checkFiles({ 'adr/0001-a.mdx': adr('ADR-0001'), 'adr/0002-b.mdx': adr('ADR-0002', 'supersedes: [ADR-0001]\n') }),
		).toMatchInlineSnapshot(`
			[
			  "content/acme/adr/0002-b.mdx:6:14 error supersedes[0]: ADR-0002 supersedes ADR-0001, but ADR-0001 does not say supersededBy: ADR-0002 — in ADR-0001, set "status: superseded" and "supersededBy: ADR-0002" [PredecessorDoesNotSaySo]",
			]
		`);
	});

	it('reports a supersede cycle once', () => {
		const superseded = (id: string, by: string) =>
			adr(id, `supersededBy: ${by}\nsupersedes: [${by}]\n`).replace('status: proposed', 'status: superseded');
		const lines = checkFiles({
			'adr/0001-a.mdx': superseded('ADR-0001', 'ADR-0002'),
			'adr/0002-b.mdx': superseded('ADR-0002', 'ADR-0003'),
			'adr/0003-c.mdx': superseded('ADR-0003', 'ADR-0001'),
		});
		expect(lines.filter((l) => l.includes('cycle'))).toEqual([
			'content/acme/adr/0001-a.mdx:6:15 error supersededBy: supersede cycle: ADR-0001 → ADR-0002 → ADR-0003 → ADR-0001 — a decision cannot, through others, supersede itself; remove one link [SupersedeCycle]',
		]);
	});

	it('warns about an imported accepted ADR that lacks a date or decision makers', () => {
		const imported = adr('ADR-0001', 'importedFrom: doc/adr/0001-x.md\n').replace(
			'status: proposed',
			'status: accepted',
		);
		expect(checkFiles({ 'adr/0001-a.mdx': imported })).toMatchInlineSnapshot(`
			[
			  "content/acme/adr/0001-a.mdx:5:9 warning status: imported as accepted without a date and decision makers — add them when you know them [ImportedAdrIncomplete]",
			]
		`);
	});
});

describe('references and folders', () => {
	it('reports roadmap items naming ADRs that do not exist', () => {
		const roadmap = `---
title: Roadmap
kind: roadmap
horizon: { start: 2026-01-01, end: 2026-12-31 }
items:
  - { id: R-1, title: A, theme: T, start: 2026-01-01, end: 2026-02-01, status: done, adrs: [ADR-0001, ADR-0011] }
---
`;
		expect(checkFiles({ 'roadmap/plan.mdx': roadmap, 'adr/0001-a.mdx': adr('ADR-0001') })).toMatchInlineSnapshot(`
			[
			  "content/acme/roadmap/plan.mdx:6:103 error items[0].adrs[1]: there is no ADR-0011 in this client — did you mean "ADR-0001"? [UnknownAdr]",
			]
		`);
	});

	it('keeps each kind in its folder, and other pages out of kind folders and off the views’ paths', () => {
		const page = '---\ntitle: Notes\nkind: page\n---\n';
		expect(
			checkFiles({
				'runbooks/0001-a.mdx': adr('ADR-0001'),
				'adr/notes.mdx': page,
				'adr/index.mdx': page,
				'guides/notes.mdx': page,
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/acme/adr/index.mdx:1:1 error would be published at /adr/, where Cairn builds the decision log — rename the file or its folder [ReservedPath]",
			  "content/acme/adr/notes.mdx:3:7 error kind: adr/ is for documents of kind adr, and this one is a page — move it to another folder, or give it \`kind: adr\` [PageInKindFolder]",
			  "content/acme/runbooks/0001-a.mdx:3:7 error kind: a document of kind adr belongs in adr/, not runbooks/ — move the file into adr/, or change its kind [WrongFolder]",
			]
		`);
	});
});

describe('bodies', () => {
	const page = (body: string) => `---\ntitle: Page\nkind: page\n---\n${body}`;

	it('reports MDX that will not compile, at its line in the file', () => {
		expect(checkFiles({ 'guides/a.mdx': page('Intro.\n\nCosts {about $3 a month.\n') })).toMatchInlineSnapshot(`
			[
			  "content/acme/guides/a.mdx:7:7 error not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` — in MDX write \\{ and \\} for literal braces, &lt; for a literal <, and {/* … */} for a comment [MdxSyntax]",
			]
		`);
		// The same text is plain Markdown in a .md file.
		expect(checkFiles({ 'guides/a.md': page('Costs {about $3 a month.\n') })).toEqual([]);
	});

	it('checks links to pages, relative links, files served as they are and images', () => {
		const lines = checkFiles(
			{
				'index.mdx': page('Home.'),
				'adr/0001-a.mdx': adr('ADR-0001'),
				'guides/a.mdx': page(
					[
						'[ok](/adr/0001-a/) [ok too](../../adr/0001-a/) [home](/) [log](/adr/) [icon](/favicon.svg) [out](https://example.com) [here](#top)',
						'[typo](/adr/0001-b/)',
						'[file](../adr/0001-a.mdx)',
						'![ok](./diagram.png) ![missing](./nope.png)',
					].join('\n\n'),
				),
			},
			{ extraFiles: ['guides/diagram.png'] },
		);
		expect(lines).toMatchInlineSnapshot(`
			[
			  "content/acme/guides/a.mdx:7:8 error links to /adr/0001-b/, which is not a page of this site — did you mean "/adr/0001-a/"? [BrokenLink]",
			  "content/acme/guides/a.mdx:9:8 error links to the file ../adr/0001-a.mdx; source files are not part of the built site — link to the page /adr/0001-a/ instead [LinkToSourceFile]",
			  "content/acme/guides/a.mdx:11:33 error shows the image ./nope.png, which does not exist [MissingImage]",
			]
		`);
	});

	it('takes links with or without the site’s base path (the build puts it in front)', () => {
		const client =
			'name: Acme\nslug: acme\nengagement: { start: 2026-01-05, end: 2026-06-30 }\nsite: { base: /handover }\n';
		expect(
			checkFiles({
				'client.yaml': client,
				'adr/0001-a.mdx': adr('ADR-0001'),
				'index.mdx': page('[ok](/handover/adr/0001-a/) [also ok](/adr/0001-a/) [broken](/adr/0002-b/)'),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/acme/index.mdx:5:62 error links to /adr/0002-b/, which is not a page of this site — did you mean "/handover/adr/0001-a/"? [BrokenLink]",
			]
		`);
	});
});

describe('freshness', () => {
	const runbook = (lastReviewed: string) => `---
title: API down
kind: runbook
service: api
severity: sev1
escalation: On-call
lastReviewed: ${lastReviewed}
---
`;

	it('warns about overdue reviews, and fails on them only under --strict', () => {
		expect(checkFiles({ 'runbooks/a.mdx': runbook('2026-08-26') }, { today: '2026-11-24' })).toEqual([]);
		expect(checkFiles({ 'runbooks/a.mdx': runbook('2026-08-25') }, { today: '2026-11-24' })).toMatchInlineSnapshot(`
			[
			  "content/acme/runbooks/a.mdx:7:15 warning lastReviewed: review overdue: last reviewed 2026-08-25, every 90d, so due 2026-11-23 (1 day ago) — check the document against reality, then update lastReviewed [ReviewOverdue]",
			]
		`);
		expect(checkFiles({ 'runbooks/a.mdx': runbook('2026-08-25') }, { strict: true })[0]).toMatch(
			/^\S+ error lastReviewed: review overdue/,
		);
	});
});

describe('audiences', () => {
	const investorClient = `${CLIENT_YAML}investor: {}\n`;
	const page = (audience: string, body: string) =>
		`---\ntitle: Page\nkind: page\naudience: [${audience}]\n---\n${body}`;

	it('warns when a document refers to one not built for its audience', () => {
		expect(
			checkFiles({
				'client.yaml': investorClient,
				'adr/0001-a.mdx': adr('ADR-0001', 'audience: [team]\n'),
				'adr/0002-b.mdx': adr('ADR-0002', 'audience: [team, investor]\n'),
				'guides/for-investors.mdx': page('investor', '[a](/adr/0001-a/) [b](/adr/0002-b/)'),
				'guides/internal.mdx': page('internal', 'Only for the CTO.'),
				'guides/team.mdx': page('team', '[notes](/guides/internal/)'),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/acme/guides/for-investors.mdx:6:5 warning refers to /adr/0001-a/, which is not built for the investor site; there it shows as plain text — add investor to the audience of the document it refers to, or remove the reference [ExcludedReference]",
			  "content/acme/guides/team.mdx:6:9 warning refers to /guides/internal/, which is not built for the team site; there it shows as plain text — add team to the audience of the document it refers to, or remove the reference [ExcludedReference]",
			]
		`);
	});

	it('warns about an investor document when the client has no investor site', () => {
		expect(checkFiles({ 'guides/pitch.mdx': page('investor', 'Hello.') })).toMatchInlineSnapshot(`
			[
			  "content/acme/guides/pitch.mdx:4:11 warning audience: is only for investors, but this client has no investor site, so it is built nowhere — add "investor: {}" to client.yaml, or add team to its audience [AudienceNotBuilt]",
			]
		`);
	});

	it('checks what vendor evaluations and debt items refer to', () => {
		const vendor = `---
title: V
kind: vendor
criteria: [{ name: Cost, weight: 1 }]
options: [{ name: A, scores: { Cost: 1 } }, { name: B, scores: { Cost: 2 } }]
decision: ADR-0009
---
`;
		const debt = `---
title: D
kind: debt
items: [{ id: TD-1, title: T, area: A, impact: 1, effort: 1, status: open, roadmap: R-9 }]
---
`;
		expect(checkFiles({ 'vendors/v.mdx': vendor, 'debt/d.mdx': debt, 'adr/0001-a.mdx': adr('ADR-0001') }))
			.toMatchInlineSnapshot(`
				[
				  "content/acme/debt/d.mdx:4:85 error items[0].roadmap: no roadmap item has the id R-9 [UnknownRoadmapItem]",
				  "content/acme/vendors/v.mdx:6:11 error decision: there is no ADR-0009 in this client — did you mean "ADR-0001"? [UnknownAdr]",
				]
			`);
	});
});
