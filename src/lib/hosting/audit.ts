// The last look at a built site before it is published: nothing in it may run that Cairn did not
// write. Every inline script must be one the components write by design (known from their
// source), and no page or SVG may carry an event handler, a `javascript:` address, a script from
// another site, or an element that loads other documents into the page. `cairn check` reports
// such markup in documents first; this audit is what holds even when something slips past it.
import { Parser } from 'htmlparser2';
import { scriptHash } from './headers.ts';

export interface SiteFile {
	/** Path inside the site, e.g. `adr/0003-queue/index.html`. */
	path: string;
	text: string;
}

export interface AuditFinding {
	path: string;
	/** What was found, in words: "an inline script that Cairn does not write". */
	what: string;
	/** The start of the offending markup, shortened, for the reader to find it. */
	excerpt: string;
}

export interface AuditResult {
	findings: AuditFinding[];
	/** The hashes of the known inline scripts the site uses, for the Content Security Policy. */
	scriptHashes: string[];
}

/** Attributes whose value a browser follows as an address. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
	'href',
	'src',
	'action',
	'formaction',
	'xlink:href',
	'data',
	'poster',
	'background',
	'ping',
]);
/** Elements that load or replace the page's content, which a document has no business writing. */
export const LOADING_ELEMENTS: ReadonlySet<string> = new Set([
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'base',
	'portal',
]);
/** Script types a browser runs. */
const SCRIPT_TYPE = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/;

const shorten = (text: string) => {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
};

/**
 * Whether an address (its entities decoded, as a browser reads it) would run code: `javascript:`,
 * `vbscript:` or a `data:` HTML or SVG document. Browsers drop tabs and newlines anywhere in an
 * address, and spaces and control characters before it.
 */
export function isScriptUrl(value: string): boolean {
	const url = value
		.replace(/[\t\n\r]/g, '')
		.replace(/^[\u0000-\u0020]+/, '')
		.toLowerCase();
	return /^(javascript|vbscript|livescript):/.test(url) || /^data:(text\/html|application\/xhtml|image\/svg)/.test(url);
}

/** Whether a script's `src` stays on this site (a path, not another host). */
function isSiteScript(src: string): boolean {
	return !/^\s*([a-z][a-z0-9+.-]*:|\/\/|\\\\)/i.test(src);
}

/**
 * Audits one HTML page or SVG file with htmlparser2, which reads attributes and entities as
 * browsers do; `known` maps the hash of each inline script the components write.
 */
function auditFile(file: SiteFile, known: ReadonlyMap<string, string>, used: Set<string>): AuditFinding[] {
	const findings: AuditFinding[] = [];
	const found = (what: string, excerpt: string) => findings.push({ path: file.path, what, excerpt: shorten(excerpt) });
	let script: { code: string } | undefined;
	const parser = new Parser(
		{
			onopentag(tag, attributes) {
				const name = tag.toLowerCase();
				const attribute = (key: string) => Object.entries(attributes).find(([k]) => k.toLowerCase() === key)?.[1];
				if (name === 'script') {
					const src = attribute('src');
					const type = (attribute('type') ?? '').trim().toLowerCase();
					if (src !== undefined) {
						if (!isSiteScript(src)) found('a script from another site', `<script src="${src}">`);
					} else if (SCRIPT_TYPE.test(type)) {
						script = { code: '' };
					}
				}
				if (LOADING_ELEMENTS.has(name)) found('an element that loads other content into the page', `<${name}>`);
				if (name === 'meta' && /refresh/i.test(attribute('http-equiv') ?? '')) {
					found('a <meta http-equiv="refresh"> redirect', '<meta http-equiv="refresh">');
				}
				for (const [key, value] of Object.entries(attributes)) {
					const lower = key.toLowerCase();
					if (/^on[a-z]/.test(lower)) found('an event handler attribute', `<${name} ${key}="${value}">`);
					else if (URL_ATTRIBUTES.has(lower) && isScriptUrl(value)) {
						found('an address that runs a script', `<${name} ${key}="${value}">`);
					}
				}
			},
			ontext(text) {
				if (script) script.code += text;
			},
			onclosetag(tag) {
				if (tag.toLowerCase() !== 'script' || !script) return;
				const { code } = script;
				script = undefined;
				const hash = scriptHash(code);
				if (known.has(hash)) used.add(hash);
				else if (code.trim()) found('an inline script that Cairn does not write', `<script>${code}`);
			},
		},
		{ xmlMode: /\.svg$/i.test(file.path), recognizeCDATA: true },
	);
	parser.end(file.text);
	return findings;
}

/**
 * Audits every HTML page and SVG file of a built site. `known` holds the hashes (`'sha256-…'`)
 * of the inline scripts Cairn's and Starlight's components write, with where each comes from.
 */
export function auditSite(files: readonly SiteFile[], known: ReadonlyMap<string, string>): AuditResult {
	const used = new Set<string>();
	const findings = files
		.filter((file) => /\.(html|svg)$/i.test(file.path))
		.flatMap((file) => auditFile(file, known, used));
	return { findings, scriptHashes: [...used].sort() };
}
