// Finds secrets in a client's files before they are published: secretlint's recommended rules plus
// Cairn's own, on text already in memory, with 1-based positions, masked values and an allow marker.
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import type { SecretLintCoreConfig, SecretLintCoreResultMessage, SecretLintRuleCreator } from '@secretlint/types';
import { extname } from 'node:path';
import { extraRules } from './extra-rules.ts';

export interface SecretFinding {
	/** The file as given in the input (a project-relative path such as content/acme/runbooks/x.mdx). */
	file: string;
	/** 1-based line of the secret's first character. */
	line: number;
	/** 1-based column of the secret's first character. */
	column: number;
	/**
	 * Short rule name, e.g. "aws", "privatekey", "github", "jwt", "password-assignment" (the secretlint rule
	 * id without the "@secretlint/secretlint-rule-" prefix, or our own rule's id).
	 */
	rule: string;
	/** What was found, in words, e.g. "an AWS secret access key", "a private key", "a GitHub token". */
	what: string;
	/** The value with all but its first 4 characters replaced by '*' (at most 12 stars); never the whole secret. */
	masked: string;
	/** True when an allow marker covers it: {@link ALLOW_MARKER} on the finding's line or the line above. */
	allowed: boolean;
}

/** Text that, on a finding's line or the line above, marks the finding as known and accepted. */
export const ALLOW_MARKER = 'cairn-allow-secret';

const RULE_PREFIX = '@secretlint/secretlint-rule-';
const AWS_RULE = `${RULE_PREFIX}aws`;
/** Our rules that a more specific (or the preset's own) finding of the same value makes redundant. */
const FALLBACK_RULES = new Set(['password-assignment', 'pem-private-key']);
/**
 * Files are linted many to a call, joined by this, so that no match runs from one file into the next:
 * single-line patterns stop at the newline, and the multi-line ones (private keys, AWS assignments) at the
 * NUL, which none of them accepts. One call a file cost up to twice as much on a first run: most of it
 * went to setting up the rules for each call.
 */
const SEPARATOR = '\n\u0000\n';
/** Characters joined into one call: enough to share the set-up, few enough to keep memory flat. */
const JOIN_LIMIT = 200_000;
/** Files some preset rules recognise by name (GCP service account keys, npm tokens): linted one by one. */
const LINTED_ALONE = /(?:\.json|\.npmrc)$/i;

// secretlint's profiler is on unless turned off: it marks, and keeps, performance entries for every rule on
// every call (secretlint/secretlint#1633), which costs time and, in a long-lived `cairn dev`, memory.
secretLintProfiler.setEnabled(false);

const config: SecretLintCoreConfig = {
	rules: [
		{
			id: recommended.meta.id,
			rule: recommended,
			rules: [
				// Access key ids (AKIA…) are off by default in the preset, and come with account ids; a key id next
				// to its secret is worth a report, an account id (in every ARN a runbook quotes) is no secret.
				{ id: AWS_RULE, options: { enableIDScanRule: true }, allowMessageIds: ['AWSAccountID'] },
				// `secretlint-disable` comments would drop findings unseen: ALLOW_MARKER is the one way, and it
				// keeps the finding in the report.
				{ id: `${RULE_PREFIX}filter-comments`, disabled: true },
			],
		},
		...extraRules.map((rule) => ({ id: rule.meta.id, rule })),
	],
};

const WHAT: Readonly<Record<string, string>> = {
	AWSAccessKeyID: 'an AWS access key id',
	AWSSecretAccessKey: 'an AWS secret access key',
	PrivateKey: 'a private key',
	PrivateKeyJSON: 'a GCP service account key',
	NPM_ACCESS_TOKEN: 'an npm access token',
	Npmrc_authToken: 'an npm token in .npmrc',
	PackageJSON_xOauthToken: 'a GitHub token in package.json',
	OPENAI_TOKEN: 'an OpenAI API key',
	ANTHROPIC_API_KEY: 'an Anthropic API key',
	GITHUB_TOKEN: 'a GitHub token',
	GITLAB_PERSONAL_ACCESS_TOKEN: 'a GitLab token',
	SLACK_TOKEN: 'a Slack token',
	IncomingWebhook: 'a Slack incoming webhook URL',
	STRIPE_SECRET_KEY_LIVE: 'a Stripe live secret key',
	STRIPE_SECRET_KEY_TEST: 'a Stripe test secret key',
	STRIPE_RESTRICTED_KEY_LIVE: 'a Stripe live restricted key',
	STRIPE_RESTRICTED_KEY_TEST: 'a Stripe test restricted key',
	BasicAuth: 'credentials in a URL',
	PostgreSQLConnection: 'a PostgreSQL connection string with a password',
	MySQLConnection: 'a MySQL connection string with a password',
	MongoDBConnection: 'a MongoDB connection string with a password',
	JWT: 'a JSON Web Token',
	TWILIO_API_KEY: 'a Twilio API key',
	PASSWORD_ASSIGNMENT: 'a password or key in plain text',
};

const rulesById = new Map<string, SecretLintRuleCreator<unknown>>(
	[...recommended.rules, ...extraRules].map((rule) => [rule.meta.id, rule]),
);

/** Words for a message; one the table lacks gets the rule's own English message, its values left empty. */
function describe(ruleId: string, messageId: string): string {
	const known = WHAT[messageId];
	if (known) return known;
	const message = rulesById.get(ruleId)?.messages[messageId];
	const empty = new Proxy({}, { get: () => '' });
	const words = message
		?.en(empty)
		.replace(/^found /i, '')
		.replace(/\(\)/g, '')
		.replace(/[\s:]+$/, '');
	if (!words) return `a secret (${ruleId.replace(RULE_PREFIX, '')})`;
	return `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;
}

/**
 * secretlint 13.1's AWS rule reports a secret access key at the start of its key name (`AWS_SECRET_…=`),
 * with the value's length: from there, this finds where the value starts.
 */
const AWS_SECRET_KEY_NAME = new RegExp(
	String.raw`["']?(?:AWS|aws|Aws)?_?(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)` +
		String.raw`["']?\s*(?::|=>|=)\s*["']?`,
	'y',
);

/** The offsets of the secret itself in `text`. */
function valueRange(message: SecretLintCoreResultMessage, text: string): [number, number] {
	const [start, end] = message.range;
	if (message.ruleId !== AWS_RULE || message.messageId !== 'AWSSecretAccessKey') return [start, end];
	AWS_SECRET_KEY_NAME.lastIndex = start;
	const name = AWS_SECRET_KEY_NAME.exec(text);
	if (!name) return [start, end]; // a later secretlint that reports the value itself
	return [start + name[0].length, start + name[0].length + (end - start)];
}

/**
 * The first 4 characters (fewer for a short value) and a star for each other one, at most 12. A
 * private key shows its first line, `-----BEGIN … PRIVATE KEY-----`, which says what it is and no more.
 */
function mask(value: string): string {
	if (value.startsWith('-----BEGIN')) return `${value.slice(0, value.indexOf('-----', 5) + 5)}…`;
	const shown = Math.min(4, Math.floor(value.length / 2));
	return value.slice(0, shown) + '*'.repeat(Math.min(12, value.length - shown));
}

/** Offsets at which each line starts. */
function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** The 0-based index of the line holding `offset`. */
function lineIndex(starts: readonly number[], offset: number): number {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if ((starts[middle] ?? 0) <= offset) low = middle;
		else high = middle - 1;
	}
	return low;
}

/** A file's text within the content given to one `lintSource` call. */
interface Part {
	file: string;
	text: string;
	offset: number;
}

/** A finding before positions: its message and the value's offsets in the content linted. */
interface Found {
	message: SecretLintCoreResultMessage;
	start: number;
	end: number;
}

/**
 * Lints one content. `ext` matters to the GCP rule only: ".json" has it look for a service account key;
 * ".p12" would have it read `filePath` from disk, so joined files get none.
 */
async function lint(content: string, filePath: string, ext: string): Promise<Found[]> {
	const result = await lintSource({
		source: { content, filePath, ext, contentType: 'text' },
		options: { config, maskSecrets: true, noPhysicFilePath: true },
	});
	const found = result.messages.map((message) => {
		const [start, end] = valueRange(message, content);
		return { message, start, end };
	});
	// A specific rule says more than a fallback rule about the same value.
	const specific = found.filter(({ message }) => !FALLBACK_RULES.has(message.ruleId));
	return found.filter(
		({ message, start, end }) =>
			!FALLBACK_RULES.has(message.ruleId) || !specific.some((other) => other.start < end && start < other.end),
	);
}

function toFinding(part: Part, starts: readonly number[], { message, start, end }: Found): SecretFinding {
	const index = lineIndex(starts, start);
	const lineText = (i: number) => (i < 0 ? '' : part.text.slice(starts[i], starts[i + 1] ?? part.text.length));
	return {
		file: part.file,
		line: index + 1,
		column: start - (starts[index] ?? 0) + 1,
		rule: message.ruleId.replace(RULE_PREFIX, ''),
		what: describe(message.ruleId, message.messageId),
		masked: mask(part.text.slice(start, end)),
		allowed: lineText(index).includes(ALLOW_MARKER) || lineText(index - 1).includes(ALLOW_MARKER),
	};
}

/** Lints the parts as one content and gives each finding back to its file. */
async function scanParts(parts: readonly Part[]): Promise<SecretFinding[]> {
	const first = parts[0];
	if (!first) return [];
	const alone = parts.length === 1 && LINTED_ALONE.test(first.file);
	const found = await lint(
		parts.map((part) => part.text).join(SEPARATOR),
		first.file,
		alone ? extname(first.file) : '',
	);
	const findings: SecretFinding[] = [];
	const lines = new Map<Part, number[]>();
	for (const item of found) {
		const part = parts.findLast((candidate) => candidate.offset <= item.start);
		// A range in a separator, or across one, belongs to no file (no rule should produce one).
		if (!part || item.end > part.offset + part.text.length) continue;
		const starts = lines.get(part) ?? lineStarts(part.text);
		lines.set(part, starts);
		findings.push(toFinding(part, starts, { ...item, start: item.start - part.offset, end: item.end - part.offset }));
	}
	return findings;
}

/**
 * Scans files for secrets (every input is treated as text) and returns the findings sorted by file,
 * line and column. Allowed findings are returned too, with `allowed: true`; the caller decides.
 */
export async function scanSecrets(files: readonly { file: string; text: string }[]): Promise<SecretFinding[]> {
	const findings: SecretFinding[] = [];
	let batch: Part[] = [];
	let length = 0;
	for (const { file, text: raw } of files) {
		// secretlint drops a byte-order mark and counts offsets without it; so do we.
		const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
		if (LINTED_ALONE.test(file)) {
			findings.push(...(await scanParts([{ file, text, offset: 0 }])));
			continue;
		}
		if (batch.length > 0 && length + text.length > JOIN_LIMIT) {
			findings.push(...(await scanParts(batch)));
			batch = [];
			length = 0;
		}
		batch.push({ file, text, offset: length });
		length += text.length + SEPARATOR.length;
	}
	findings.push(...(await scanParts(batch)));
	return findings.sort(
		(a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
	);
}
