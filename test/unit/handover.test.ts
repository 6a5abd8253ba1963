// The pure parts of the handover: the loose ends a CTO ties before leaving, the dates kept across
// the export, and the checks a client's repository runs on its built site.
import { describe, expect, it } from 'vitest';
import type { ValidDocument } from '../../src/lib/check/context.ts';
import { handoverReadiness } from '../../src/lib/handover/readiness.ts';
import { applyHistory, recordHistory } from '../../src/lib/history.ts';
import { formatProblem } from '../../src/lib/problems/report-text.ts';
import { assembleClient } from '../../src/lib/project.ts';
import { verifySite } from '../../src/lib/verify/site-checks.ts';
import { CLIENT_YAML } from '../helpers/check.ts';

function client(files: Record<string, string>, yaml = CLIENT_YAML) {
	const project = assembleClient({
		slug: 'acme',
		dir: '/nowhere/content/acme',
		clientYaml: yaml,
		documents: Object.entries(files).map(([path, text]) => ({ path, text })),
		fileAt: () => 'missing',
	});
	if (!project.config) throw new Error(project.problems.map(formatProblem).join('\n'));
	return {
		config: project.config,
		documents: project.documents.filter((d): d is ValidDocument => d.data !== undefined),
	};
}

describe('handover readiness', () => {
	it('lists overdue reviews, open proposals, components no runbook covers, owners, past-due items and contacts', () => {
		const { config, documents } = client({
			'adr/0001-a.mdx': '---\ntitle: Queue\nkind: adr\nid: ADR-0001\nstatus: proposed\ndate: 2026-09-01\n---\nB\n',
			'runbooks/api.mdx':
				'---\ntitle: API down\nkind: runbook\nservice: api\nseverity: sev1\nescalation: [On-call]\nlastReviewed: 2026-01-01\nowner: Ops\n---\nRestart the API; if Postgres is down, fail over.\n',
			'architecture/overview.mdx':
				'---\ntitle: Overview\nkind: architecture\nowner: CTO\nsummary: S\ncomponents:\n  - { name: API, description: d }\n  - { name: Postgres, description: d }\n  - { name: billing-worker, description: d }\n---\n',
			'plan/90.mdx':
				'---\ntitle: Plan\nkind: plan\nowner: CTO\nstart: 2026-01-05\nphases: [{ name: One, firstDay: 0, lastDay: 90 }]\nitems:\n  - { title: Restore drill, owner: Ops, due: 2026-03-01 }\n  - { title: Done thing, owner: Ops, due: 2026-03-01, done: true }\n---\n',
			'guides/notes.mdx': '---\ntitle: Notes\nkind: page\n---\nB\n',
		});
		const lines = handoverReadiness({ slug: 'acme', config, documents, today: '2026-11-24', changed: {} }).map(
			formatProblem,
		);
		expect(lines).toMatchInlineSnapshot(`
			[
			  "content/acme/adr/0001-a.mdx:5:9 warning status: ADR-0001 has been proposed since 2026-09-01 (84 days) and is still not decided — decide it (accepted or rejected, with a date and decision makers) before the handover [ProposalOpen]",
			  "content/acme/architecture/overview.mdx:9:13 warning components[2].name: no runbook is for the component "billing-worker" or mentions it: nobody on call knows what to do when it fails — write one: npx cairn new runbook --client acme --title "…" --service billing-worker [ServiceWithoutRunbook]",
			  "content/acme/client.yaml:1:1 warning contacts: client.yaml names no contacts: the site does not say whom to ask — add "contacts:" with the people at the client who own the documents now [NoContacts]",
			  "content/acme/guides/notes.mdx:1:1 warning owner: nobody owns this document after the handover — add "owner: <person or team>", someone of the client who will keep it current [NoOwner]",
			  "content/acme/plan/90.mdx:8:46 warning items[0].due: "Restore drill" was due 2026-03-01 and is not done — finish it and set "done: true", or hand it over with a new date and owner [PlanItemPastDue]",
			  "content/acme/runbooks/api.mdx:7:15 warning lastReviewed: review overdue: last reviewed 2026-01-01, every 90d, so due 2026-04-01 (237 days ago) — check the document against reality, then update lastReviewed [ReviewOverdue]",
			]
		`);
	});
});

describe('the dates kept across a handover', () => {
	it('stand while a document is unchanged, and give way to git once it changes', () => {
		const history = recordHistory(
			{ 'a.mdx': '2026-02-01', 'b.mdx': '2026-03-01' },
			new Map([
				['a.mdx', 'hash-a'],
				['b.mdx', 'hash-b'],
			]),
		);
		const now = { 'a.mdx': '2026-12-03', 'b.mdx': '2026-12-03', 'c.mdx': '2026-12-03' };
		expect(applyHistory(now, history, (path) => (path === 'b.mdx' ? 'edited' : `hash-${path[0] ?? ''}`))).toEqual({
			'a.mdx': '2026-02-01',
			'b.mdx': '2026-12-03',
			'c.mdx': '2026-12-03',
		});
	});
});

describe('the checks of a built site', () => {
	const { documents } = client({
		'index.mdx': '---\ntitle: Home\nkind: page\n---\nB\n',
		'adr/0001-a.mdx':
			'---\ntitle: Move the queue to Kafka\nkind: adr\nid: ADR-0001\nstatus: proposed\naudience: [team]\n---\nB\n',
	});
	const [home, adr] = documents;
	if (!home || !adr) throw new Error('the fixture lost a document');
	const page = (path: string, body: string) => ({ path, text: `<html><body>${body}</body></html>` });

	it('finds a missing page, a missing search index, a link to nowhere and a document of another audience', () => {
		const verdict = verifySite({
			base: '/',
			files: [page('index.html', '<a href="/adr/0009-x/">x</a><a href="/">home</a><p>Move the queue to Kafka</p>')],
			included: [home, adr],
			excluded: [],
		});
		expect(verdict.failures).toEqual([
			'content/acme/adr/0001-a.mdx has no page at /adr/0001-a/',
			'the search index (pagefind/) is missing',
			'index.html links to /adr/0009-x/, which is not a file of the site',
		]);
		const leak = verifySite({
			base: '/',
			files: [
				page('index.html', '<p>Move the queue to Kafka</p>'),
				{ path: 'pagefind/pagefind-entry.json', text: '{}' },
			],
			included: [home],
			excluded: [adr],
		});
		expect(leak.failures).toEqual([
			'"Move the queue to Kafka" (content/acme/adr/0001-a.mdx, not for this site) appears in index.html',
		]);
	});
});
