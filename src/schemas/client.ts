// content/<client>/client.yaml: who the client is, the engagement, and how its site is branded and hosted.
import { z } from 'zod';
import { addRule, isoDate, person, text, webUrl } from './common.ts';

/**
 * A client's identifier: lowercase letters, digits and hyphens. It names the folder under
 * `content/` and the output folder under `dist/`.
 * @example acme-health
 */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: 'expected lowercase letters, digits and single hyphens, e.g. acme-health',
});

/** A URL path starting with `/`, such as `/handover`. */
export const basePath = z
	.string()
	.regex(/^\/(?:[A-Za-z0-9._~-]+\/?)*$/, { error: 'expected a path starting with /, e.g. /handover' });

const contact = z.strictObject({
	name: person.describe('Full name.'),
	role: text.optional().describe('What they do, e.g. `CEO` or `Lead engineer`.'),
	email: z.email({ error: 'expected an email address' }).optional().describe('Email address.'),
});

export const clientSchema = z.strictObject({
	name: text.describe("The client's name as shown in the site header. Required. Example: `name: Acme Health`"),
	slug: slug.describe('Must equal the folder name. Required. Example: `slug: acme-health`'),
	summary: text.optional().describe('A sentence or two about the company, shown on the home page.'),
	engagement: z
		.strictObject({
			start: isoDate.describe('First day of the engagement. Example: `start: 2026-01-12`'),
			end: isoDate.describe('Last day of the engagement (planned, or actual). Example: `end: 2026-07-10`'),
		})
		.superRefine((engagement, ctx) => {
			if (engagement.end < engagement.start) addRule(ctx, 'EndBeforeStart', engagement, { path: ['end'] });
		})
		.describe('The fractional-CTO engagement. Required.'),
	logo: z
		.string()
		.regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\\]+\.(?:svg|png|jpe?g|webp)$/i, {
			error:
				'expected a relative path to an .svg, .png, .jpg or .webp file inside the client folder, e.g. assets/logo.svg',
		})
		.optional()
		.describe(
			'A logo file inside the client folder (SVG, PNG, JPEG or WebP), shown beside the name. Example: `logo: assets/logo.svg`',
		),
	accent: z
		.string({ error: 'expected a hex colour such as "#2f6f5e" (in quotes: an unquoted # starts a YAML comment)' })
		.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { error: 'expected a hex colour such as "#2f6f5e"' })
		.default('#3b5b8c')
		.describe(
			'The accent colour of the site, as hex. Quote it: in YAML an unquoted `#` starts a comment. Default: Cairn\'s slate blue. Example: `accent: "#2f6f5e"`',
		),
	site: z
		.strictObject({
			url: webUrl('https://docs.example.com')
				.optional()
				.describe(
					'The public origin of the handover site; enables the sitemap and canonical links. Example: `url: https://docs.acme.example`',
				),
			base: basePath
				.default('/')
				.describe('The path the site is served under. Default: `/`. Example: `base: /handover`'),
		})
		.prefault({})
		.describe('Where the site will be hosted.'),
	investor: z
		.strictObject({
			url: webUrl('https://diligence.example.com').optional().describe('The public origin of the diligence site.'),
			base: basePath.default('/').describe('The path it is served under. Default: `/`.'),
		})
		.optional()
		.describe(
			'The investor diligence site. When present, `cairn build` also builds dist/<client>/investor/ from the documents whose audience includes `investor`, with the diligence page as its home. Example: `investor: { url: https://diligence.example.com }`',
		),
	contacts: z.array(contact).default([]).describe('People at the client to contact about the documents.'),
	alerting: z
		.strictObject({
			rules: z
				.array(text)
				.min(1, { error: 'expected at least one rule file' })
				.describe('The rule files: paths or globs, from the client folder. Example: `rules: [alerts/*.rules.yaml]`'),
		})
		.optional()
		.describe(
			"The client's alerting rules, so that `cairn check` reports alerts no runbook covers and runbook alerts no rule defines: Prometheus rule files (plain, or as a PrometheusRule) or Grafana's exported alert rules, as paths or globs from the client folder. Example: `alerting: { rules: [alerts/*.yaml] }`",
		),
});

export type ClientConfig = z.output<typeof clientSchema>;
