// The secret scanner: what it finds (secretlint's recommended rules and ours), where, how it masks the
// value, the allow marker, and the prose it must leave alone. Every fake secret is assembled here from
// pieces and a seeded generator, so that this file holds no literal token for a scanner to trip on.
import { describe, expect, it } from 'vitest';
import { ALLOW_MARKER, scanSecrets, type SecretFinding } from '../../src/lib/secrets/scan.ts';
import { noise } from '../helpers/noise.ts';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const ALNUM = `${UPPER}${UPPER.toLowerCase()}${DIGITS}`;
const BASE64 = `${ALNUM}+/`;
const HEX = '0123456789abcdef';

const fake = {
	awsKeyId: 'AK' + 'IA' + noise(UPPER + DIGITS, 16, 1),
	// secretlint's AWS rule wants a word character last (its pattern ends in \b): see the test of one that is not.
	awsSecret: noise(BASE64, 39, 2) + 'q',
	github: 'gh' + 'p_' + noise(ALNUM, 36, 3),
	gitlab: 'glp' + 'at-' + noise(ALNUM, 20, 4),
	slack: 'xo' + 'xb-' + noise(DIGITS, 12, 5) + '-' + noise(DIGITS, 13, 6) + '-' + noise(ALNUM, 24, 7),
	stripe: 'sk' + '_live_' + noise(ALNUM, 24, 8),
	twilio: 'S' + 'K' + noise(HEX, 32, 9),
	jwt: 'e' + 'yJ' + noise(ALNUM, 33, 10) + '.e' + 'yJ' + noise(ALNUM, 60, 11) + '.' + noise(ALNUM + '-_', 43, 12),
	dbPassword: noise(ALNUM, 16, 13),
	urlPassword: noise(ALNUM, 14, 14),
	apiKey: noise(HEX, 32, 15),
};

/** The base64 of "openssh-key-v1", with which every OpenSSH private key starts. */
const OPENSSH_MAGIC = 'b3BlbnNzaC1rZXktdjE';

/** A PEM block: the base64 body starts with what a real key of that kind starts with, as the rule checks. */
function pem(kind: 'RSA' | 'OPENSSH', seed: number): string {
	const body = (kind === 'RSA' ? 'MI' + 'IEow' : OPENSSH_MAGIC) + noise(BASE64, 190, seed);
	const lines = body.match(/.{1,64}/g) ?? [];
	return [`-----BEGIN ${kind} PRIVATE KEY-----`, ...lines, `-----END ${kind} PRIVATE KEY-----`].join('\n');
}

/** One line a finding, as a reporter would print it. */
function print(findings: readonly SecretFinding[]): string[] {
	return findings.map(
		(f) => `${f.file}:${f.line}:${f.column} ${f.rule} | ${f.what} | ${f.masked}${f.allowed ? ' (allowed)' : ''}`,
	);
}

async function scanOne(text: string, file = 'content/acme/runbooks/db.mdx'): Promise<string[]> {
	return print(await scanSecrets([{ file, text }]));
}

/** The 1-based line and column of `needle` in `text`, counted independently of the scanner. */
function positionOf(text: string, needle: string): { line: number; column: number } {
	const before = text.slice(0, text.indexOf(needle));
	return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

const frontmatter = '---\ntitle: Database is down\nkind: runbook\nservice: db\nseverity: sev1\n---\n\n';

describe('secret scan: what it finds', () => {
	it('finds an AWS access key id and secret access key in a runbook body, at the value', async () => {
		const text = [
			`${frontmatter}## Fix`,
			'',
			'Export the credentials:',
			'',
			`    AWS_ACCESS_KEY_ID=${fake.awsKeyId}`,
			`    AWS_SECRET_ACCESS_KEY=${fake.awsSecret}`,
			'',
			'The account (AWS_ACCOUNT_ID=1234-5678-9012) is no secret.',
		].join('\n');
		const findings = await scanSecrets([{ file: 'content/acme/runbooks/db.mdx', text }]);
		expect(print(findings)).toMatchInlineSnapshot(`
			[
			  "content/acme/runbooks/db.mdx:12:23 aws | an AWS access key id | AKIA************",
			  "content/acme/runbooks/db.mdx:13:27 aws | an AWS secret access key | uUSi************",
			]
		`);
		expect(findings[0]).toMatchObject(positionOf(text, fake.awsKeyId));
		expect(findings[1]).toMatchObject(positionOf(text, fake.awsSecret));
	});

	it('finds RSA and OpenSSH private keys, showing only their first line', async () => {
		const text = `# Keys\n\n${pem('RSA', 20)}\n\nAnd the deploy key:\n\n${pem('OPENSSH', 21)}\n`;
		expect(await scanOne(text)).toMatchInlineSnapshot(`
			[
			  "content/acme/runbooks/db.mdx:3:1 privatekey | a private key | -----BEGIN RSA PRIVATE KEY-----…",
			  "content/acme/runbooks/db.mdx:12:1 privatekey | a private key | -----BEGIN OPENSSH PRIVATE KEY-----…",
			]
		`);
	});

	it('finds the small keys secretlint misses: EC P-256 (SEC1) and Ed25519 (PKCS#8)', async () => {
		// A P-256 key is 121 bytes, so its base64 starts "MHc" (a short ASN.1 length), not "MI".
		const ec = [
			'-----BEGIN EC PRIVATE KEY-----',
			'MHcCAQEE' + noise(BASE64, 56, 40),
			noise(BASE64, 64, 41),
			noise(BASE64, 32, 42),
			'-----END EC PRIVATE KEY-----',
		];
		const ed = [
			'-----BEGIN PRIVATE KEY-----',
			'MC4CAQAwBQYDK2VwBCIEI' + noise(BASE64, 43, 43),
			'-----END PRIVATE KEY-----',
		];
		const placeholder = ['-----BEGIN EC PRIVATE KEY-----', '...', '-----END EC PRIVATE KEY-----'];
		const text = ['EC:', ...ec, 'Ed25519:', ...ed, 'Placeholder:', ...placeholder].join('\n');
		expect(await scanOne(text)).toMatchInlineSnapshot(`
			[
			  "content/acme/runbooks/db.mdx:2:1 pem-private-key | a private key | -----BEGIN EC PRIVATE KEY-----…",
			  "content/acme/runbooks/db.mdx:8:1 pem-private-key | a private key | -----BEGIN PRIVATE KEY-----…",
			]
		`);
	});

	it('finds GitHub, GitLab, Slack, Stripe and Twilio tokens and JSON Web Tokens', async () => {
		const text = [
			`The CI token is ${fake.github}.`,
			`GitLab: ${fake.gitlab}`,
			`Slack bot: ${fake.slack}`,
			`Payments use ${fake.stripe} in production.`,
			`Twilio ${fake.twilio} sends the pages.`,
			`Authorization: Bearer ${fake.jwt}`,
		].join('\n');
		const findings = await scanSecrets([{ file: 'content/acme/guides/tokens.mdx', text }]);
		expect(print(findings)).toMatchInlineSnapshot(`
			[
			  "content/acme/guides/tokens.mdx:1:17 github | a GitHub token | ghp_************",
			  "content/acme/guides/tokens.mdx:2:9 gitlab | a GitLab token | glpa************",
			  "content/acme/guides/tokens.mdx:3:12 slack | a Slack token | xoxb************",
			  "content/acme/guides/tokens.mdx:4:14 stripe | a Stripe live secret key | sk_l************",
			  "content/acme/guides/tokens.mdx:5:8 twilio | a Twilio API key | SK3d************",
			  "content/acme/guides/tokens.mdx:6:23 jwt | a JSON Web Token | eyJf************",
			]
		`);
		const secrets = [fake.github, fake.gitlab, fake.slack, fake.stripe, fake.twilio, fake.jwt];
		expect(findings.map(({ line, column }) => ({ line, column }))).toEqual(secrets.map((s) => positionOf(text, s)));
	});

	it('finds a password in a PostgreSQL URL and credentials in an https URL', async () => {
		const text = [
			`DATABASE_URL=postgres://billing:${fake.dbPassword}@db.internal.acme.io:5432/billing`,
			'',
			`Clone https://deploy:${fake.urlPassword}@git.acme.io/infra.git first.`,
		].join('\n');
		expect(await scanOne(text)).toMatchInlineSnapshot(`
			[
			  "content/acme/runbooks/db.mdx:1:14 database-connection-string | a PostgreSQL connection string with a password | post************",
			  "content/acme/runbooks/db.mdx:3:7 basicauth | credentials in a URL | http************",
			]
		`);
	});

	it('finds passwords, secrets and API keys assigned in config snippets', async () => {
		const text = [
			`password = "${'hunter2'.repeat(2)}"`,
			`DB_PASSWORD=${'S3cr3t-' + 'Passw0rd!'}`,
			`{ "apiKey": "${fake.apiKey}" }`,
			`**Password:** ${fake.dbPassword}.`,
			`deploy --token=${fake.apiKey.slice(0, 20)} --verbose`,
		].join('\n');
		expect(await scanOne(text)).toMatchInlineSnapshot(`
			[
			  "content/acme/runbooks/db.mdx:1:13 password-assignment | a password or key in plain text | hunt**********",
			  "content/acme/runbooks/db.mdx:2:13 password-assignment | a password or key in plain text | S3cr************",
			  "content/acme/runbooks/db.mdx:3:14 password-assignment | a password or key in plain text | 3667************",
			  "content/acme/runbooks/db.mdx:4:15 password-assignment | a password or key in plain text | jWEC************",
			  "content/acme/runbooks/db.mdx:5:16 password-assignment | a password or key in plain text | 3667************",
			]
		`);
	});

	it('still reports an AWS secret access key that ends in / or +, which secretlint misses', async () => {
		const text = `AWS_SECRET_ACCESS_KEY=${fake.awsSecret.slice(0, 39)}/\n`;
		expect(await scanOne(text)).toMatchInlineSnapshot(`
			[
			  "content/acme/runbooks/db.mdx:1:23 password-assignment | a password or key in plain text | uUSi************",
			]
		`);
	});

	it('reports a value once, under the specific rule, when it is also a password assignment', async () => {
		const text = `GITHUB_TOKEN=${fake.github}\nAWS_SECRET_ACCESS_KEY: "${fake.awsSecret}"\n`;
		expect((await scanSecrets([{ file: 'x.env', text }])).map((f) => f.rule)).toEqual(['github', 'aws']);
	});
});

describe('secret scan: where it looks', () => {
	it('finds secrets in a fenced code block, in YAML frontmatter and in an SVG file', async () => {
		const mdx = [
			'---',
			'title: Deploy',
			'kind: runbook',
			'service: api',
			'severity: sev2',
			`slackWebhookToken: ${fake.slack}`,
			'---',
			'',
			'```sh',
			`export GITHUB_TOKEN=${fake.github}`,
			'```',
		].join('\n');
		const svg = `<svg xmlns="http://www.w3.org/2000/svg"><text x="4" y="12">${fake.twilio}</text></svg>\n`;
		const yaml = `name: Acme\nsmtp:\n  password: "${fake.dbPassword}"\n`;
		const findings = await scanSecrets([
			{ file: 'content/acme/runbooks/deploy.mdx', text: mdx },
			{ file: 'content/acme/assets/diagram.svg', text: svg },
			{ file: 'content/acme/client.yaml', text: yaml },
		]);
		expect(print(findings)).toMatchInlineSnapshot(`
			[
			  "content/acme/assets/diagram.svg:1:60 twilio | a Twilio API key | SK3d************",
			  "content/acme/client.yaml:3:14 password-assignment | a password or key in plain text | jWEC************",
			  "content/acme/runbooks/deploy.mdx:6:20 slack | a Slack token | xoxb************",
			  "content/acme/runbooks/deploy.mdx:10:21 github | a GitHub token | ghp_************",
			]
		`);
		expect(findings[0]).toMatchObject(positionOf(svg, fake.twilio));
	});

	it('keeps each file to itself when it scans many together', async () => {
		const files = [
			// secretlint's own disable comments hide nothing: the allow marker is the one way, and it reports.
			{ file: 'b.mdx', text: `{/* secretlint-disable */}\n${fake.github}\n` },
			{ file: 'c.mdx', text: `${fake.gitlab}\n` },
			// A key at the end of one file and a value at the start of the next are not an assignment.
			{ file: 'd.mdx', text: 'AWS_SECRET_ACCESS_KEY=' },
			{ file: 'e.mdx', text: `${fake.awsSecret}\n` },
			// Outside the joined batches (secretlint looks at .json files whole), and given out of order.
			{ file: 'a.json', text: `{\n  "token": "${fake.stripe}"\n}\n` },
			{ file: 'f.mdx', text: `\uFEFFtoken ${fake.twilio}` },
		];
		expect(print(await scanSecrets(files))).toMatchInlineSnapshot(`
			[
			  "a.json:2:13 stripe | a Stripe live secret key | sk_l************",
			  "b.mdx:2:1 github | a GitHub token | ghp_************",
			  "c.mdx:1:1 gitlab | a GitLab token | glpa************",
			  "f.mdx:1:7 twilio | a Twilio API key | SK3d************",
			]
		`);
	});

	it('finds every secret in a client of many files, in order', async () => {
		const prose = 'The queue drains before the deploy and the replica catches up. '.repeat(80);
		const files = Array.from({ length: 120 }, (_, i) => ({
			file: `content/acme/guides/page-${String(i).padStart(3, '0')}.mdx`,
			text: `---\ntitle: Page ${i}\nkind: page\n---\n\n${prose}\n${i % 10 === 9 ? `\nToken: ${fake.github}\n` : ''}`,
		}));
		const findings = await scanSecrets(files.toReversed());
		expect(findings.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(
			files.filter((_, i) => i % 10 === 9).map(({ file }) => `${file}:8:8`),
		);
	});

	it('finds nothing in nothing', async () => {
		expect(await scanSecrets([])).toEqual([]);
		expect(await scanSecrets([{ file: 'empty.mdx', text: '' }])).toEqual([]);
	});
});

describe('secret scan: the allow marker', () => {
	it(`allows a finding with ${ALLOW_MARKER} on its line or the line above, not two lines above`, async () => {
		const text = [
			`password: ${fake.dbPassword} # ${ALLOW_MARKER}`,
			`# ${ALLOW_MARKER}`,
			`token: ${fake.github}`,
			`{/* ${ALLOW_MARKER} */}`,
			'',
			`Slack: ${fake.slack}`,
		].join('\n');
		expect(await scanOne(text, 'content/acme/client.yaml')).toMatchInlineSnapshot(`
			[
			  "content/acme/client.yaml:1:11 password-assignment | a password or key in plain text | jWEC************ (allowed)",
			  "content/acme/client.yaml:3:8 github | a GitHub token | ghp_************ (allowed)",
			  "content/acme/client.yaml:6:8 slack | a Slack token | xoxb************",
			]
		`);
	});
});

describe('secret scan: what it leaves alone', () => {
	it('leaves prose and placeholders alone', async () => {
		const text = [
			'The password is rotated every 90 days.',
			'password: see 1Password',
			'token: ${GITHUB_TOKEN}',
			'api_key: <your key>',
			'secret: {{ vault_secret }}',
			'password: "********"',
			'password: xxxxxxxxxxxx',
			'password: "changeme123"',
			'token: "example-token-1234"',
			'password: process.env.DB_PASSWORD',
			'apiKey: config.services.github',
			'secret = getSecret("db")',
			'token_url: https://auth.acme.io/oauth/token',
			'password_file: /run/secrets/db',
			'apiKeyName: billing-service-v2',
			'passwordPolicy: min-12-chars',
			'secretsManager: aws-sm-2',
			'tokenizer: cl100k_base',
			'max_tokens: 4096',
			'export const passwordRule: SecretLintRuleCreator = {',
			'token_expiry: 2026-01-01',
			'Token: generated nightly by the rotation job.',
			'Password: 12-character minimum, rotated every 90 days.',
			'secret: "rotate it every quarter"',
			'if (password == "whatever1") return;',
			'The API key lives in the vault at secret/acme/api.',
		].join('\n');
		expect(await scanOne(text)).toEqual([]);
	});
});

describe('secret scan: masking', () => {
	it('never shows more than the first 4 characters of a secret', async () => {
		const secrets = [
			fake.awsKeyId,
			fake.awsSecret,
			fake.github,
			fake.gitlab,
			fake.slack,
			fake.stripe,
			fake.twilio,
			fake.jwt,
			fake.apiKey,
		];
		const text = [
			...secrets.slice(0, 2).map((s, i) => `AWS_${i === 0 ? 'ACCESS_KEY_ID' : 'SECRET_ACCESS_KEY'}=${s}`),
			...secrets.slice(2, 8).map((s) => `value ${s}`),
			`api_key = '${fake.apiKey}'`,
			`postgresql://billing:${fake.dbPassword}@db.acme.io/billing`,
		].join('\n');
		const findings = await scanSecrets([{ file: 'all.mdx', text }]);
		expect(findings).toHaveLength(secrets.length + 1);
		for (const { masked } of findings) {
			expect(masked).toMatch(/^[^*]{4}\*{1,12}$/);
			for (const secret of [...secrets, fake.dbPassword])
				expect(masked.includes(secret.slice(0, 5)) || masked.includes(secret.slice(4))).toBe(false);
		}
	});
});
