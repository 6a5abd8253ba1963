// The README of a handed-over repository, written for the client's engineers, who have never seen
// Cairn: what the site is, what each kind of document is for, the two commands, how to add and check
// documents, how to deploy, where the investor site is, and how to upgrade the generator.
import type { KindName } from '../../core/kinds.ts';
import { kindEntry, kinds } from '../../core/kinds.ts';
import type { ClientConfig } from '../../schemas/client.ts';

/** What each kind of document is for, in a sentence a newcomer can act on. */
const PURPOSE = {
	adr: 'Architecture decision records: one decision each, why it was made and what it costs. Read them before changing what they decided; write a new one to change course.',
	runbook:
		'What to do when something breaks, one service and one kind of failure each, with the alerts that lead there and whom to call.',
	architecture: 'The system in one page: its parts, what each does and depends on, and a diagram.',
	roadmap: 'The next twelve months: what will be delivered, by theme, and the decisions behind each item.',
	plan: 'The first 90 days of the engagement: phases, goals and a checklist.',
	security: 'The security baseline: controls by area, where each stands, who owns it.',
	postmortem:
		'Incident reviews: what happened, how long it took to notice and to restore, why, and the actions that keep it from happening again.',
	debt: 'The tech-debt register: what is owed, where, how much it hurts and what paying it back costs.',
	vendor: 'Vendor evaluations: the options considered, scored against weighted criteria, and the choice.',
	hiring: 'The hiring plan: roles by quarter, with headcount and salary bands.',
	budget: 'The technology budget: what is paid to whom, and when contracts renew.',
	diligence: 'The technical narrative for investors, with the figures the diligence page shows.',
	page: 'Everything else: guides, a glossary, notes.',
} as const satisfies Record<KindName, string>;

export interface ReadmeInput {
	client: ClientConfig;
	/** Documents by kind, for the table of what the repository holds. */
	counts: Partial<Record<KindName, number>>;
	/** The version of Cairn in vendor/, e.g. 0.2.0, and its file name there. */
	engine: { version: string; file: string };
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function handoverReadme({ client, counts, engine }: ReadmeInput): string {
	const slug = client.slug;
	const rows = kinds
		.filter((kind) => (counts[kind.name] ?? 0) > 0)
		.map((kind) => {
			const folder = kind.folder ? `\`content/${slug}/${kind.folder}/\`` : 'any other folder';
			return `| ${kind.label} | ${folder} | ${counts[kind.name] ?? 0} | ${kindEntry<string>(PURPOSE, kind.name) ?? ''} |`;
		});
	const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
	const investor = client.investor
		? `
## The investor site

Documents whose \`audience\` includes \`investor\` also make a second site, \`dist/${slug}/investor/\`,
whose home is the diligence page: \`npm run build\` builds it with the team site. It asks search
engines not to index it, and holds nothing of a document meant only for the team (\`npm test\`
checks that). To print the diligence page as a PDF (needs Chromium: \`sudo apt-get install chromium\`):

\`\`\`sh
npx cairn pdf --client ${slug}          # writes dist/${slug}/${slug}-diligence.pdf
\`\`\`
`
		: '';
	return `# ${client.name}: engineering documents

${client.summary ? `${client.summary}\n\n` : ''}This repository holds ${plural(total, 'document')}: the decisions, runbooks, plans and
references of ${client.name}'s engineering, written in Markdown (MDX) with a few typed fields at the
top of each file. [Cairn](vendor/) turns them into a searchable static website: the team's handbook,
which you keep, change and host yourselves.

## Two commands

\`\`\`sh
npm run build   # builds the site into dist/${slug}/team/${client.investor ? ` (and the investor site, dist/${slug}/investor/)` : ''}
npm test        # checks every document, builds, and verifies the built site
\`\`\`

They work on a fresh clone with Node 20 or newer and nothing else: when the \`node\` on your PATH is
older than Cairn needs (22.18), the first command fetches Node 24 from the npm registry into
\`node_modules/.cache/\` and installs the packages, once.

## What is here

| Kind | Folder | Documents | What it is for |
| --- | --- | --- | --- |
${rows.join('\n')}

\`content/${slug}/client.yaml\` names the company and how its site is branded and hosted;
\`content/${slug}/index.mdx\` is the site's home page. Each document starts with a block of fields
between two \`---\` lines (\`title\`, \`kind\`, and the fields of its kind); the rest is Markdown.

## Everyday work

\`\`\`sh
npx cairn new adr --client ${slug} --title "Use a managed queue"          # the next ADR number
npx cairn new adr --client ${slug} --title "…" --supersedes ADR-0007      # and marks ADR-0007 superseded
npx cairn new runbook --client ${slug} --title "Payments are failing" --service payments --severity sev2
npx cairn check                 # every mistake at once, with file, line and column; exit 1 on errors
npx cairn dev --client ${slug}   # live preview at http://127.0.0.1:4321 while you edit
npx cairn build && npx cairn preview --client ${slug}   # the built site, as a host would serve it
\`\`\`

\`npx cairn --help\` lists every command; each has its own \`--help\`. Link between documents with
site paths: \`[the queue decision](/adr/0007-use-a-managed-queue/)\`. Runbooks and other documents
with \`lastReviewed\` and \`reviewEvery\` are flagged on the site when their review is overdue.

\`cairn check\` also refuses what must not be published: scripts or event handlers in a document,
files from outside \`content/${slug}/\`, and secrets (keys, tokens, passwords). If it reports a
secret, remove it and rotate it: it is in the git history. A false alarm is allowed with
\`cairn-allow-secret\` in a comment on its line or the line above (\`{/* cairn-allow-secret */}\` in
MDX, \`# cairn-allow-secret\` in YAML).

## Deploying

The site is a folder of static files, \`dist/${slug}/team/\`: any static host serves it. It comes
with a \`_headers\` file (Cloudflare Pages and Netlify read it) that sets a strict Content Security
Policy.

- **GitHub Pages**: \`.github/workflows/site.yml\` checks, tests and builds every push, and deploys
  the main branch. Turn it on in Settings → Pages → Source: GitHub Actions. It builds under the
  base path \`/<repository name>/\`, which GitHub Pages serves the site at; with a custom domain, set
  \`CAIRN_PAGES_BASE: /\` in the workflow.
- **Cloudflare Pages**: build command \`npm run build\`, output directory \`dist/${slug}/team\`.
- **Netlify**: \`netlify.toml\` says the same (build command and publish directory).
- **Any static server**: copy \`dist/${slug}/team/\` (nginx, S3 with CloudFront, \`npx serve\`).

Full git history gives each page its "last changed" date; \`.history.json\` in \`content/${slug}/\`
keeps the dates from before this repository was handed over.
${investor}
## Upgrading Cairn

The generator is \`vendor/${engine.file}\` (Cairn ${engine.version}), installed from that file by
\`npm install\` like any package: your documents never depend on anything outside this repository.
To upgrade, put a newer \`cairn-<version>.tgz\` in \`vendor/\` (from a newer handover, or \`npm pack\`
in Cairn's own repository), point \`package.json\` at it, and run \`npm install\` and \`npm test\`.
`;
}
