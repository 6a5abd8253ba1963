// The build itself refuses what is not the client's, even run without `cairn check` (Astro
// directly, as a misconfigured CI might): another client's image or document, a system file, a
// document that is a link out of the client folder, a logo that is one. Each stops the build with the document and
// what it asked for, and nothing of the file it pointed at appears in the log or the output.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro } from '../../src/cli/astro-run.ts';
import { engineRoot } from '../helpers/paths.ts';
import { tempProject, type TempProject } from '../helpers/project.ts';

const CANARY = 'ospreyforeigncanary';

const routes = [
	{
		name: "a Markdown image from another client's folder",
		file: 'guides/image.md',
		text: '---\ntitle: Image\nkind: page\n---\n![x](../../beta/assets/diagram.svg)\n',
		says: 'content/acme/guides/image.md imports ../../beta/assets/diagram.svg, which is outside the client folder',
	},
	{
		name: "an MDX import of another client's document",
		file: 'guides/import.mdx',
		text: "---\ntitle: Import\nkind: page\n---\nimport Secret from '../../beta/secret.mdx';\n\n<Secret />\n",
		says: 'content/acme/guides/import.mdx imports ../../beta/secret.mdx, which is outside the client folder',
	},
	{
		name: 'a system file imported as text',
		file: 'guides/raw.mdx',
		text: "---\ntitle: Raw\nkind: page\n---\nimport raw from '/etc/hostname?raw';\n\n{raw}\n",
		says: 'content/acme/guides/raw.mdx imports /etc/hostname, which is outside the client folder',
	},
	{
		name: "another client's file read with Node's fs",
		file: 'guides/fs.mdx',
		text: "---\ntitle: Fs\nkind: page\n---\nimport fs from 'node:fs';\n\n{fs.readFileSync('../beta/secret.mdx', 'utf8')}\n",
		says: 'content/acme/guides/fs.mdx imports node:fs, a module that reads the machine the site is built on',
	},
	{
		name: "a document that is a link to another client's document",
		file: 'guides/linked.mdx',
		link: 'content/beta/secret.mdx',
		says: 'content/acme/guides/linked.mdx:1:1 error this file is a link to a file outside the client folder',
	},
];

describe('the build, run without cairn check', () => {
	let project: TempProject;

	beforeAll(async () => {
		project = await tempProject();
		const yaml = (slug: string) =>
			`name: ${slug}\nslug: ${slug}\nengagement:\n  start: 2026-01-05\n  end: 2026-06-30\n`;
		for (const slug of ['acme', 'beta']) {
			await mkdir(join(project.root, 'content', slug, 'assets'), { recursive: true });
			await writeFile(join(project.root, 'content', slug, 'client.yaml'), yaml(slug));
			await writeFile(
				join(project.root, 'content', slug, 'index.mdx'),
				`---\ntitle: ${slug}\nkind: page\n---\nHome.\n`,
			);
		}
		await writeFile(join(project.root, 'content/beta/secret.mdx'), `---\ntitle: Secret\nkind: page\n---\n${CANARY}\n`);
		await writeFile(
			join(project.root, 'content/beta/assets/diagram.svg'),
			`<svg xmlns="http://www.w3.org/2000/svg"><text>${CANARY}</text></svg>`,
		);
	});

	afterAll(async () => {
		await project.remove();
	});

	it.each(routes.map((route) => [route.name, route] as const))('refuses %s', async (_name, route) => {
		const target = join(project.root, 'content', 'acme', route.file);
		await mkdir(join(target, '..'), { recursive: true });
		if (route.link) await symlink(join(project.root, route.link), target);
		else await writeFile(target, route.text ?? '');
		const outDir = join(project.root, 'out', route.file.replace(/\W/g, '-'));
		const lines: string[] = [];
		const { code } = await runAstro('build', {
			engineRoot,
			// Named only, so that the Astro run reads the client itself, as if no check had run first.
			site: { target: { projectRoot: project.root, client: 'acme', audience: 'team', outDir } },
			verbose: true,
			print: (line) => lines.push(line),
		});
		const log = lines.join('\n');
		expect(code, log).not.toBe(0);
		expect(log).toContain(route.says);
		expect(log).not.toContain(CANARY);
		expect(existsSync(join(outDir, 'index.html'))).toBe(false);
		await rm(target);
	});

	it("refuses a logo that is a link to another client's file", async () => {
		const clientYaml = join(project.root, 'content/acme/client.yaml');
		const original = await readFile(clientYaml, 'utf8');
		await symlink(
			join(project.root, 'content/beta/assets/diagram.svg'),
			join(project.root, 'content/acme/assets/logo.svg'),
		);
		await writeFile(clientYaml, `${original}logo: assets/logo.svg\n`);
		try {
			const lines: string[] = [];
			const outDir = join(project.root, 'out', 'logo');
			const { code } = await runAstro('build', {
				engineRoot,
				site: { target: { projectRoot: project.root, client: 'acme', audience: 'team', outDir } },
				verbose: true,
				print: (line) => lines.push(line),
			});
			const log = lines.join('\n');
			expect(code, log).not.toBe(0);
			expect(log).toContain(
				'content/acme/client.yaml:6:7 error logo: the logo assets/logo.svg is outside the client folder',
			);
			expect(log).not.toContain(CANARY);
			expect(existsSync(join(outDir, 'index.html'))).toBe(false);
		} finally {
			await writeFile(clientYaml, original);
			await rm(join(project.root, 'content/acme/assets/logo.svg'));
		}
	});
});
