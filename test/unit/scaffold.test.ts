// What `cairn new` plans to write, without writing: pure planners over templates and the client's
// documents (src/lib/scaffold/). The writing itself is tested end to end in test/integration/new.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleClient } from '../../src/lib/project.ts';
import { clientScaffold, documentScaffold } from '../../src/lib/scaffold/scaffold.ts';
import { CLIENT_YAML, adr } from '../helpers/check.ts';
import { engineRoot } from '../helpers/paths.ts';

const template = (name: string) => readFileSync(join(engineRoot, 'templates', name), 'utf8');

const documents = assembleClient({
	slug: 'acme',
	dir: '/p/content/acme',
	clientYaml: CLIENT_YAML,
	documents: [{ path: 'adr/0004-old.mdx', text: adr('ADR-0004') }],
	fileAt: () => 'file',
}).documents;

describe('cairn new, planned', () => {
	it('an ADR takes the next number and marks the one it supersedes, body untouched', () => {
		const writes = documentScaffold({
			kind: 'adr',
			client: 'acme',
			today: '2026-11-24',
			documents,
			options: {
				client: 'acme',
				title: 'Use a queue',
				status: 'accepted',
				decisionMakers: 'Ann',
				supersedes: ['ADR-0004'],
			},
			template: template('adr.mdx'),
		});
		expect(writes.map((w) => [w.file, w.update, w.message])).toEqual([
			['content/acme/adr/0005-use-a-queue.mdx', false, 'Created content/acme/adr/0005-use-a-queue.mdx (ADR-0005)'],
			[
				'content/acme/adr/0004-old.mdx',
				true,
				'Marked ADR-0004 superseded by ADR-0005 in content/acme/adr/0004-old.mdx',
			],
		]);
		expect(writes[0]?.text).toContain('id: ADR-0005\nstatus: accepted\n');
		expect(writes[1]?.text).toContain('status: superseded\n');
		expect(writes[1]?.text).toContain('supersededBy: ADR-0005\n');
		expect(writes[1]?.text.endsWith('Body.\n')).toBe(true);
	});

	it('refuses a document that would not pass the check, naming the field', () => {
		expect(() =>
			documentScaffold({
				kind: 'postmortem',
				client: 'acme',
				today: '2026-11-24',
				documents,
				options: { client: 'acme', title: 'Outage', service: ['api'], started: 'yesterday' },
				template: template('postmortem.mdx'),
			}),
		).toThrow(/^The new postmortem would not be valid \(started: expected a date and time, such as 2026-03-14T02:10Z/);
	});

	it('a client gets client.yaml with a six-month engagement and a home page', () => {
		const writes = clientScaffold({
			slug: 'beta',
			name: 'Beta Labs',
			today: '2026-11-24',
			templates: { clientYaml: template('client.yaml'), home: template('home.mdx') },
		});
		expect(writes.map((w) => w.file)).toEqual(['content/beta/client.yaml', 'content/beta/index.mdx']);
		expect(writes[0]?.text).toMatch(/start: 2026-11-24\n\s+end: 2027-05-24\n/);
		expect(writes[1]?.text).toContain('title: Beta Labs handover');
	});
});
