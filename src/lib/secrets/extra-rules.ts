// Secretlint rules for what its recommended preset misses and a runbook often holds: JSON Web Tokens,
// Twilio API keys, and passwords or keys written out in a pasted config snippet.
import type { SecretLintRuleContext, SecretLintRuleCreator } from '@secretlint/types';

/** Shannon entropy in bits per character; gitleaks uses it to drop low-randomness matches. */
function entropy(value: string): number {
	const counts = new Map<string, number>();
	for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
	let bits = 0;
	for (const count of counts.values()) {
		const p = count / value.length;
		bits -= p * Math.log2(p);
	}
	return bits;
}

/** Reports group 1 (the secret) of every match of `pattern` whose entropy is at least `minEntropy`. */
function reportMatches(
	context: SecretLintRuleContext,
	content: string,
	pattern: RegExp,
	minEntropy: number,
	messageId: string,
	message: string,
): void {
	for (const match of content.matchAll(pattern)) {
		const secret = match[1] ?? match[0];
		if (entropy(secret) < minEntropy) continue;
		const start = match.index + match[0].indexOf(secret);
		// The message never carries the value: findings are masked by the caller, from the range.
		context.report({ message: { message, messageId, data: undefined }, range: [start, start + secret.length] });
	}
}

/**
 * gitleaks rule `jwt` (config/gitleaks.toml): a header and a payload that both start with `ey` (base64 of
 * `{"`), then an optional signature, ending at a quote, space, semicolon or the end. Entropy at least 3.
 */
const JWT_PATTERN =
	/\b(ey[a-zA-Z0-9]{17,}\.ey[a-zA-Z0-9/\\_-]{17,}\.(?:[a-zA-Z0-9/\\_-]{10,}={0,2})?)(?=[`'"\s;]|\\[nr]|$)/g;

/** Finds JSON Web Tokens (gitleaks `jwt`). */
export const jwtRule: SecretLintRuleCreator = {
	messages: { JWT: { en: () => 'found a JSON Web Token' } },
	meta: { id: 'jwt', recommended: true, type: 'scanner', supportedContentTypes: ['text'] },
	create(context) {
		return {
			file(source) {
				reportMatches(context, source.content, JWT_PATTERN, 3, 'JWT', 'found a JSON Web Token');
			},
		};
	},
};

/**
 * gitleaks rule `twilio-api-key`: `SK` and 32 hex digits, entropy at least 3. The word boundaries are
 * ours: without them the pattern also matches inside longer identifiers.
 */
const TWILIO_PATTERN = /\b(SK[0-9a-fA-F]{32})\b/g;

/** Finds Twilio API keys (gitleaks `twilio-api-key`). */
export const twilioRule: SecretLintRuleCreator = {
	messages: { TWILIO_API_KEY: { en: () => 'found a Twilio API key' } },
	meta: { id: 'twilio', recommended: true, type: 'scanner', supportedContentTypes: ['text'] },
	create(context) {
		return {
			file(source) {
				reportMatches(context, source.content, TWILIO_PATTERN, 3, 'TWILIO_API_KEY', 'found a Twilio API key');
			},
		};
	},
};

// A password assignment, shaped after gitleaks' `generic-api-key` rule: a key naming a password, secret,
// API key or token, then `:`, `=`, `:=` or `=>`, then a value; as in gitleaks, a value of letters and
// `_.-` alone is no secret. Prose rarely has that shape, and the checks below drop the rest that is not a
// secret: placeholders, references, URLs, paths and sentences.

/** A keyword of a key that holds a secret; found first, since it is rarer than any other part. */
const KEYWORD = /password|passwd|pwd|secret|api[_-]?key|token/gi;
/** After the key: an optional closing quote or emphasis, the operator, and the space before the value. */
const OPERATOR = /["'*]{0,2}[ \t]*(?:=>|:=|=(?!=)|:(?!:))[ \t*]*/y;
/** Last words of keys that name something about a secret rather than the secret itself (`TOKEN_URL`). */
const NOT_A_SECRET = new Set([
	...'url uri path file name endpoint header field env type format version policy'.split(' '),
	...'ttl expiry expires expiration length count limit'.split(' '),
]);
/** Values that stand for a secret: variables, templates, tags and masks. */
const PLACEHOLDER_START = /^[$<{%[(!]/;
const PLACEHOLDER_WORD =
	/change_?me|example|placeholder|redacted|passw(?:or)?d|your(?:[_-]|key)|dummy|sample|replace|insert|notreal|xxxx/i;
const ONLY_MASK = /^[*xX.•]+$/;
const URL_OR_PATH = /^(?:[a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/|~\/)/i;
/** `config.db.secret`, `process.env.TOKEN`: a reference to a secret held elsewhere. */
const DOTTED_REFERENCE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
const BARE_VALUE = /[^\s"'`,;()[\]{}<>]+/y;
const IDENTIFIER_CHAR = /[\w.-]/;
const ALPHANUMERIC = /[A-Za-z0-9]/;

/** Whether the keyword at `start..end` is a word of the key: at a separator, a camelCase step or the key's ends. */
function isKeywordWord(content: string, start: number, end: number): boolean {
	const before = content.charAt(start - 1);
	const after = content.charAt(end);
	const first = content.charAt(start);
	const last = content.charAt(end - 1);
	const startsWord = !ALPHANUMERIC.test(before) || (/[a-z0-9]/.test(before) && /[A-Z]/.test(first));
	const endsWord = !ALPHANUMERIC.test(after) || (/[A-Z]/.test(after) && /[a-z]/.test(last));
	return startsWord && endsWord;
}

/** The value after the operator at `from`, quoted (on one line) or bare, with its offset. */
function valueAt(content: string, from: number): { value: string; start: number } | undefined {
	const quote = content.charAt(from);
	if (quote === '"' || quote === "'" || quote === '`') {
		const close = content.indexOf(quote, from + 1);
		const newline = content.indexOf('\n', from + 1);
		if (close === -1 || (newline !== -1 && newline < close)) return undefined;
		return { value: content.slice(from + 1, close), start: from + 1 };
	}
	BARE_VALUE.lastIndex = from;
	// A sentence's full stop or colon is not part of the value.
	const bare = BARE_VALUE.exec(content)?.[0].replace(/[.:]+$/, '');
	if (!bare) return undefined;
	const rest = content.slice(from + bare.length, from + bare.length + 2);
	// `getSecret(…)` is a call, and `Password: 12-character minimum` a sentence: neither is a value.
	if (rest.startsWith('(') || /^[ \t][A-Za-z]/.test(rest)) return undefined;
	return { value: bare, start: from };
}

/** Whether a value assigned to a secret-named key looks like a real secret. */
function looksLikeSecret(value: string): boolean {
	return (
		value.length >= 8 &&
		!/\s/.test(value) &&
		!PLACEHOLDER_START.test(value) &&
		!ONLY_MASK.test(value) &&
		!PLACEHOLDER_WORD.test(value) &&
		!URL_OR_PATH.test(value) &&
		!DOTTED_REFERENCE.test(value) &&
		// Letters alone (`rotated`, `SecretLintRuleCreator`) or digits alone (`2026-01-01`) are not a secret.
		/[^A-Za-z_.-]/.test(value) &&
		!/^[\d_.-]+$/.test(value)
	);
}

/** Finds passwords, secrets, API keys and tokens assigned in plain text (`DB_PASSWORD=…`, `"apiKey": "…"`). */
export const passwordAssignmentRule: SecretLintRuleCreator = {
	messages: { PASSWORD_ASSIGNMENT: { en: () => 'found a password or key in plain text' } },
	meta: { id: 'password-assignment', recommended: true, type: 'scanner', supportedContentTypes: ['text'] },
	create(context) {
		return {
			file(source) {
				const content = source.content;
				for (const keyword of content.matchAll(KEYWORD)) {
					const start = keyword.index;
					let end = start + keyword[0].length;
					if (!isKeywordWord(content, start, end)) continue;
					let keyStart = start;
					while (keyStart > 0 && IDENTIFIER_CHAR.test(content.charAt(keyStart - 1))) keyStart--;
					while (end < content.length && IDENTIFIER_CHAR.test(content.charAt(end))) end++;
					const key = content.slice(keyStart, end);
					const lastWord =
						key
							.split(/[_.-]|(?<=[a-z0-9])(?=[A-Z])/)
							.pop()
							?.toLowerCase() ?? '';
					if (NOT_A_SECRET.has(lastWord)) continue;
					OPERATOR.lastIndex = end;
					const operator = OPERATOR.exec(content);
					if (!operator) continue;
					const found = valueAt(content, end + operator[0].length);
					if (!found || !looksLikeSecret(found.value)) continue;
					context.report({
						message: {
							message: 'found a password or key in plain text',
							messageId: 'PASSWORD_ASSIGNMENT',
							data: undefined,
						},
						range: [found.start, found.start + found.value.length],
					});
				}
			},
		};
	},
};

/**
 * Any PEM private key block. secretlint 13.1's `privatekey` rule takes only bodies of 100 or more
 * characters that start like a long ASN.1 sequence (`MI…`) or an OpenSSH key, so it misses the
 * commonest small keys: EC P-256 (`MHc…`) and Ed25519 in PKCS#8 (`MC4…`). Here a body of base64 of
 * at least 40 characters is enough; placeholders (`...`, `<key>`) are not base64 and are skipped.
 */
const PEM_PRIVATE_KEY =
	/-----BEGIN ((?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?)-----\r?\n((?:[A-Za-z0-9+/=]+(?:\\n|\r?\n)){1,200}?)-----END \1-----/g;

/** Finds PEM private key blocks of every kind, small ones included. */
export const pemPrivateKeyRule: SecretLintRuleCreator = {
	messages: { PrivateKey: { en: () => 'found a private key' } },
	meta: { id: 'pem-private-key', recommended: true, type: 'scanner', supportedContentTypes: ['text'] },
	create(context) {
		return {
			file(source) {
				for (const match of source.content.matchAll(PEM_PRIVATE_KEY)) {
					const body = (match[2] ?? '').replace(/\\n|\s/g, '');
					if (body.length < 40) continue;
					context.report({
						message: { message: 'found a private key', messageId: 'PrivateKey', data: undefined },
						range: [match.index, match.index + match[0].length],
					});
				}
			},
		};
	},
};

/** Cairn's own rules, run next to the recommended preset. */
export const extraRules: readonly SecretLintRuleCreator[] = [
	jwtRule,
	twilioRule,
	passwordAssignmentRule,
	pemPrivateKeyRule,
];
