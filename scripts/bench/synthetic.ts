// A synthetic client of any size for benchmarks: realistic proportions of kinds (decisions,
// runbooks, pages, one roadmap, plan and architecture) and pages that look like real ones — about
// 600 words under headings, a table, a fenced code block with a language, a Mermaid diagram on one
// page in twenty — with links between decisions and supersede chains. Deterministic: the same
// count gives the same files. The same bodies make a plain Starlight site (starlight-copy.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const WORDS = (
	'latency queue replica cache schema migration deploy rollback incident alert dashboard budget ' +
	'vendor contract audit encryption backup restore region failover capacity throughput partition ' +
	'retention index query worker service gateway token session webhook retry idempotent batch stream ' +
	'review owner decision tradeoff option driver consequence confirmation runbook escalation severity'
).split(' ');

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function prose(next: () => number, words: number): string {
	const paragraphs: string[] = [];
	let left = words;
	while (left > 0) {
		const length = Math.min(left, 60 + Math.floor(next() * 60));
		const sentence = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
		paragraphs.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
		left -= length;
	}
	return paragraphs.join('\n\n');
}

const pad = (n: number) => String(n).padStart(4, '0');

const LANGUAGES = ['sh', 'ts', 'yaml', 'sql', 'json'] as const;

function codeBlock(next: () => number, i: number): string {
	const language = LANGUAGES[i % LANGUAGES.length] ?? 'sh';
	const word = () => WORDS[Math.floor(next() * WORDS.length)] ?? 'queue';
	const lines: Record<(typeof LANGUAGES)[number], string[]> = {
		sh: [
			`kubectl -n ${word()} rollout status deploy/${word()}-api`,
			`aws logs tail /ecs/${word()} --since 15m --follow`,
		],
		ts: [
			`export async function ${word()}Handler(input: { id: string }): Promise<void> {`,
			`	const ${word()} = await client.get(\`/${word()}/\${input.id}\`);`,
			`	if (!${word()}) throw new Error('missing ${word()}');`,
			'}',
		],
		yaml: [`service: ${word()}`, 'replicas: 3', 'resources:', `  limits: { cpu: 500m, memory: 512Mi }`],
		sql: [`SELECT ${word()}_id, count(*) FROM ${word()}`, `WHERE created_at > now() - interval '1 day'`, 'GROUP BY 1;'],
		json: ['{', `  "${word()}": true,`, `  "${word()}": [1, 2, 3]`, '}'],
	};
	return `\`\`\`${language}\n${lines[language].join('\n')}\n\`\`\``;
}

function table(next: () => number): string {
	const word = () => WORDS[Math.floor(next() * WORDS.length)] ?? 'queue';
	const rows = Array.from({ length: 4 }, (_, i) => `| ${word()} | ${word()} ${word()} | ${(i + 1) * 5} |`);
	return ['| Option | Trade-off | Weeks |', '|---|---|---|', ...rows].join('\n');
}

function diagram(i: number): string {
	return [
		'```mermaid',
		'flowchart LR',
		`  client[Client ${i}] --> api[API]`,
		'  api --> db[(Postgres)]',
		'  api --> queue[Queue]',
		`  queue --> worker[Worker ${i}]`,
		'```',
	].join('\n');
}

/**
 * A body as people write them: sections under headings, one table and one code block, and on one
 * page in twenty (`i % 20 === 0`) a Mermaid diagram.
 */
function body(next: () => number, words: number, i: number, headings: readonly string[]): string {
	const share = Math.floor(words / headings.length);
	const parts = headings.map((heading) => `## ${heading}\n\n${prose(next, share)}`);
	parts.splice(1, 0, table(next));
	parts.splice(3, 0, codeBlock(next, i));
	if (i % 20 === 0) parts.splice(2, 0, diagram(i));
	return parts.join('\n\n');
}

const ADR_HEADINGS = ['Context and Problem Statement', 'Considered Options', 'Decision Outcome', 'Consequences'];
const RUNBOOK_HEADINGS = ['Symptoms', 'Diagnosis', 'Mitigation', 'Follow-up'];
const PAGE_HEADINGS = ['Overview', 'How it works', 'Operating it', 'Further reading'];

export interface SyntheticOptions {
	/** Words of prose per document. Default 600. */
	words?: number;
}

/** Writes `content/<slug>/` with `count` documents under `root`; returns the document paths. */
export async function writeSyntheticClient(
	root: string,
	slug: string,
	count: number,
	options: SyntheticOptions = {},
): Promise<string[]> {
	const next = random(count);
	const words = options.words ?? 600;
	const dir = join(root, 'content', slug);
	const files = new Map<string, string>();
	files.set(
		'client.yaml',
		`name: Synthetic ${count}\nslug: ${slug}\nengagement:\n  start: 2026-01-05\n  end: 2026-12-18\n`,
	);
	files.set('index.mdx', `---\ntitle: Synthetic handover\nkind: page\n---\n\n${prose(next, words)}\n`);

	const fixed = 4; // home, roadmap, plan, architecture
	const adrs = Math.floor((count - fixed) * 0.45);
	const runbooks = Math.floor((count - fixed) * 0.25);
	const pages = count - fixed - adrs - runbooks;
	for (let i = 1; i <= adrs; i++) {
		// Every tenth decision is superseded by the next one.
		const superseded = i % 10 === 0 && i < adrs;
		const fields = superseded
			? `status: superseded\nsupersededBy: ADR-${pad(i + 1)}\n`
			: `status: accepted\ndate: 2026-03-${String((i % 28) + 1).padStart(2, '0')}\ndecisionMakers: [Fractional CTO, Lead engineer]\n`;
		const supersedes = (i - 1) % 10 === 0 && i > 1 ? `supersedes: [ADR-${pad(i - 1)}]\n` : '';
		const link = i > 1 ? `\n\nThis builds on [ADR-${pad(i - 1)}](/adr/${pad(i - 1)}-decision-${i - 1}/).` : '';
		files.set(
			`adr/${pad(i)}-decision-${i}.mdx`,
			`---\ntitle: Decision ${i}\nkind: adr\nid: ADR-${pad(i)}\n${fields}${supersedes}tags: [${WORDS[i % WORDS.length]}]\n---\n\n${body(next, words, i, ADR_HEADINGS)}${link}\n`,
		);
	}
	for (let i = 1; i <= runbooks; i++) {
		files.set(
			`runbooks/runbook-${i}.mdx`,
			`---\ntitle: Runbook ${i}\nkind: runbook\nservice: service-${i % 12}\nseverity: sev${(i % 4) + 1}\nalerts: [Alert${i}]\nescalation: [On-call, Service owner]\nlastReviewed: 2026-10-01\n---\n\n${body(next, words, adrs + i, RUNBOOK_HEADINGS)}\n`,
		);
	}
	for (let i = 1; i <= pages; i++) {
		files.set(
			`guides/page-${i}.mdx`,
			`---\ntitle: Guide ${i}\nkind: page\n---\n\n${body(next, words, adrs + runbooks + i, PAGE_HEADINGS)}\n`,
		);
	}
	const items = Array.from({ length: 12 }, (_, i) => {
		const month = String(i + 1).padStart(2, '0');
		return `  - { id: R-${i + 1}, title: Item ${i + 1}, theme: Theme ${i % 3}, start: 2026-${month}-01, end: 2026-${month}-28, status: planned, adrs: [ADR-${pad((i % adrs) + 1)}] }`;
	});
	files.set(
		'roadmap/roadmap.mdx',
		`---\ntitle: Roadmap\nkind: roadmap\nhorizon: { start: 2026-01-01, end: 2026-12-31 }\nitems:\n${items.join('\n')}\n---\n\n${prose(next, words)}\n`,
	);
	files.set(
		'plan/first-90-days.mdx',
		`---\ntitle: First 90 days\nkind: plan\nstart: 2026-01-05\nphases:\n  - { name: Listen, firstDay: 0, lastDay: 30 }\n  - { name: Stabilise, firstDay: 31, lastDay: 60 }\n  - { name: Direct, firstDay: 61, lastDay: 90 }\nitems:\n  - { title: Meet the team, owner: CTO, due: 2026-01-20, done: true }\n---\n\n${prose(next, words)}\n`,
	);
	files.set(
		'architecture/overview.mdx',
		`---\ntitle: Architecture\nkind: architecture\nsummary: Synthetic system.\ncomponents:\n  - { name: API, description: Serves requests., dependsOn: [Database] }\n  - { name: Database, description: Stores data. }\n---\n\n${body(next, words, 0, PAGE_HEADINGS)}\n`,
	);
	await Promise.all(
		[...files].map(async ([path, text]) => {
			await mkdir(dirname(join(dir, path)), { recursive: true });
			await writeFile(join(dir, path), text);
		}),
	);
	return [...files.keys()].filter((path) => path !== 'client.yaml');
}
