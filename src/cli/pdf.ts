// `cairn pdf`: prints a built site's home page (for investors, the diligence page) to a PDF with
// Chromium, after its Mermaid diagrams have rendered.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildCommandFor } from '../lib/audience.ts';
import { findChromium, launchChromium } from '../lib/chromium-fs.ts';
import { UserError } from '../lib/errors.ts';
import { checkOutputFile, writeFileWhole } from '../lib/output-fs.ts';
import { siteOutputDir } from '../lib/paths.ts';
import { type Audience } from '../core/audiences.ts';
import { serveStatic } from '../lib/static-server-fs.ts';
import { formatProblems } from '../lib/problems/report-text.ts';
import { checkClients } from './check.ts';
import { requireClient, type CliContext } from './context.ts';

export interface PdfOptions {
	client: string;
	audience: Audience;
	paper: 'a4' | 'letter';
	out?: string;
	force: boolean;
}

/** Counts the pages of a PDF file's bytes (each page object has `/Type /Page`). */
export function pdfPageCount(bytes: Buffer): number {
	return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

export async function pdfCommand(ctx: CliContext, options: PdfOptions): Promise<number> {
	const client = await requireClient(ctx, options.client);
	const name = options.audience === 'investor' ? 'diligence' : options.audience;
	const fallback = join(ctx.projectRoot, 'dist', client, `${client}-${name}.pdf`);
	const out = options.out ? resolve(ctx.cwd, options.out) : fallback;
	// As the build names its output: relative to the project.
	const shown = options.out ?? relative(ctx.projectRoot, fallback);
	// The default file is the command's own; any other is replaced only when asked.
	checkOutputFile({ path: out, shown, mayReplace: out === fallback || options.force }, ctx.projectRoot);
	// The PDF leaves the building like the site does: not with a secret the content has gained since.
	const [checked] = (await checkClients(ctx, client)).clients;
	const secrets = checked?.problems.filter((p) => p.code === 'SecretFound') ?? [];
	if (secrets.length) {
		ctx.err(formatProblems(secrets));
		throw new UserError('SecretsBlockPdf', { client });
	}
	const site = join(ctx.projectRoot, siteOutputDir(client, options.audience));
	if (!existsSync(join(site, 'index.html'))) {
		throw new UserError('SiteNotBuilt', {
			audience: options.audience,
			client,
			command: buildCommandFor(client, options.audience),
		});
	}
	const chromium = findChromium();
	if (!chromium) {
		throw new UserError('ChromiumMissing', {});
	}
	const server = await serveStatic(site);
	const browser = await launchChromium(chromium, { colorScheme: 'light' });
	try {
		const page = await browser.context.newPage();
		await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
		// Mermaid renders in the browser; print only once every diagram is an SVG.
		await page.waitForFunction(
			() => [...document.querySelectorAll('pre.mermaid')].every((pre) => pre.querySelector('svg')),
			undefined,
			{ timeout: 30_000 },
		);
		await page.emulateMedia({ media: 'print' });
		const paper = options.paper === 'letter' ? 'Letter' : 'A4';
		const bytes = await page.pdf({
			format: paper,
			printBackground: true,
			preferCSSPageSize: true,
		});
		await writeFileWhole(out, bytes);
		const pages = pdfPageCount(bytes);
		ctx.out(`Wrote ${shown} (${pages} ${pages === 1 ? 'page' : 'pages'}, ${paper}).`);
		return 0;
	} finally {
		await browser.close();
		await server.close();
	}
}
