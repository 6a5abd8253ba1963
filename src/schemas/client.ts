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
	/** Full name. */
	name: person,
	/** What they do, e.g. `CEO` or `Lead engineer`. */
	role: text.optional(),
	/** Email address. */
	email: z.email({ error: 'expected an email address' }).optional(),
});

export const clientSchema = z.strictObject({
	/** The client's name as shown in the site header. Required. @example name: Acme Health */
	name: text,
	/** Must equal the folder name. Required. @example slug: acme-health */
	slug,
	/** A sentence or two about the company, shown on the home page. */
	summary: text.optional(),
	/** The fractional-CTO engagement. Required. */
	engagement: z
		.strictObject({
			/** First day of the engagement. @example start: 2026-01-12 */
			start: isoDate,
			/** Last day of the engagement (planned, or actual). @example end: 2026-07-10 */
			end: isoDate,
		})
		.superRefine((engagement, ctx) => {
			if (engagement.end < engagement.start) addRule(ctx, 'EndBeforeStart', engagement, { path: ['end'] });
		}),
	/**
	 * A logo file inside the client folder (SVG, PNG, JPEG or WebP), shown beside the name.
	 * @example logo: assets/logo.svg
	 */
	logo: z
		.string()
		.regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\\]+\.(?:svg|png|jpe?g|webp)$/i, {
			error:
				'expected a relative path to an .svg, .png, .jpg or .webp file inside the client folder, e.g. assets/logo.svg',
		})
		.optional(),
	/**
	 * The accent colour of the site, as hex. Quote it: in YAML an unquoted `#` starts a comment.
	 * Default: Cairn's slate blue.
	 * @example accent: "#2f6f5e"
	 */
	accent: z
		.string({ error: 'expected a hex colour such as "#2f6f5e" (in quotes: an unquoted # starts a YAML comment)' })
		.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { error: 'expected a hex colour such as "#2f6f5e"' })
		.default('#3b5b8c'),
	/** Where the site will be hosted. */
	site: z
		.strictObject({
			/** The public origin of the handover site; enables the sitemap and canonical links. @example url: https://docs.acme.example */
			url: webUrl('https://docs.example.com').optional(),
			/** The path the site is served under. Default: `/`. @example base: /handover */
			base: basePath.default('/'),
		})
		.prefault({}),
	/**
	 * The investor diligence site. When present, `cairn build` also builds
	 * dist/<client>/investor/ from the documents whose audience includes `investor`, with the
	 * diligence page as its home. @example investor: { url: https://diligence.example.com }
	 */
	investor: z
		.strictObject({
			/** The public origin of the diligence site. */
			url: webUrl('https://diligence.example.com').optional(),
			/** The path it is served under. Default: `/`. */
			base: basePath.default('/'),
		})
		.optional(),
	/** People at the client to contact about the documents. */
	contacts: z.array(contact).default([]),
	/**
	 * The client's alerting rules, so that `cairn check` reports alerts no runbook covers and
	 * runbook alerts no rule defines: Prometheus rule files (plain, or as a PrometheusRule) or
	 * Grafana's exported alert rules, as paths or globs from the client folder.
	 * @example alerting: { rules: [alerts/*.yaml] }
	 */
	alerting: z
		.strictObject({
			/** The rule files: paths or globs, from the client folder. @example rules: [alerts/*.rules.yaml] */
			rules: z.array(text).min(1, { error: 'expected at least one rule file' }),
		})
		.optional(),
});

export type ClientConfig = z.output<typeof clientSchema>;
