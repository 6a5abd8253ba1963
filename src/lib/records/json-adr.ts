// The decisions of a site as JSON-ADR v1, the exchange format of the `adrs` ADR tool
// (https://github.com/joshrotenberg/adrs, schema/json-adr/v1.json; its bulk export's shape), so
// that another ADR tool can read them. Frontmatter maps field to field; the body's sections map by
// their headings as MADR and Nygard name them (Context, Decision Drivers, Considered Options,
// Decision, Consequences, Confirmation); any other section is kept in `custom_sections`.
import { adrNumber } from '../scaffold/names.ts';
import type { Section } from './page-markdown.ts';
import type { DocumentRecord, SiteRecords } from './records.ts';

export const JSON_ADR_SCHEMA = 'https://raw.githubusercontent.com/joshrotenberg/adrs/main/schema/json-adr/v1.json';

export interface JsonAdrLink {
	type: 'supersedes' | 'superseded-by' | 'amends';
	target: number;
}

export interface JsonAdr {
	number: number;
	title: string;
	status: string;
	date: string;
	deciders?: string[];
	consulted?: string[];
	informed?: string[];
	tags?: string[];
	source_uri?: string;
	context?: string;
	decision_drivers?: string[];
	considered_options?: { name: string }[];
	decision?: string;
	consequences?: string[];
	confirmation?: string;
	links?: JsonAdrLink[];
	custom_sections?: Record<string, string>;
	path?: string;
}

export interface JsonAdrExport {
	$schema: string;
	version: '1.0.0';
	generated_at: string;
	tool: { name: string; version: string };
	repository: { name: string; adr_directory: string };
	adrs: JsonAdr[];
}

/** What a decision's record brings besides itself: its body's sections, and a date when it has none. */
export interface AdrSource {
	record: DocumentRecord;
	sections: readonly Section[];
	/** When the file last changed: JSON-ADR requires a date, which an imported record may lack. */
	changed: string;
}

const strings = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Which JSON-ADR field a section's heading fills, as MADR and Nygard word them. */
function fieldOf(
	heading: string,
): 'context' | 'drivers' | 'options' | 'decision' | 'consequences' | 'confirmation' | undefined {
	const words = heading
		.toLowerCase()
		.replace(/[^a-z ]/g, '')
		.trim();
	if (/^context\b|problem statement/.test(words)) return 'context';
	if (/^decision drivers?$/.test(words)) return 'drivers';
	if (/^considered options$|^options considered$|^options$/.test(words)) return 'options';
	if (/^decision( outcome)?$/.test(words)) return 'decision';
	if (/^consequences$/.test(words)) return 'consequences';
	if (/^confirmation$/.test(words)) return 'confirmation';
	return undefined;
}

const prose = (section: Section) => [...section.blocks, ...section.items].join('\n\n');

export function jsonAdr(
	records: SiteRecords,
	sources: readonly AdrSource[],
	tool: { version: string; now: Date },
): JsonAdrExport {
	const adrs: JsonAdr[] = [];
	for (const { record, sections, changed } of sources) {
		const data = record.frontmatter;
		const number = adrNumber(data.id);
		if (record.kind !== 'adr' || number === undefined) continue;
		const status = typeof data.status === 'string' ? data.status : 'proposed';
		const adr: JsonAdr = {
			number,
			title: record.title,
			// As `adrs` writes them; it reads them in any case.
			status: status.charAt(0).toUpperCase() + status.slice(1),
			date: typeof data.date === 'string' ? data.date : changed,
		};
		const lists = {
			deciders: data.decisionMakers,
			consulted: data.consulted,
			informed: data.informed,
			tags: data.tags,
		};
		for (const [field, value] of Object.entries(lists) as [keyof typeof lists, unknown][]) {
			if (strings(value).length) adr[field] = strings(value);
		}
		if (/^https?:\/\//.test(record.url)) adr.source_uri = record.url;
		const custom: Record<string, string> = {};
		// A subsection JSON-ADR has no field for (MADR's `### Option 1` under Considered Options)
		// stays with the section above it, heading and all.
		let above: Section | undefined;
		const merged: Section[] = [];
		for (const section of sections) {
			if (section.depth > 2 && !fieldOf(section.heading) && above) {
				above.blocks.push(section.heading, ...section.blocks, ...section.items);
				continue;
			}
			above = { ...section, blocks: [...section.blocks], items: [...section.items] };
			merged.push(above);
		}
		for (const section of merged) {
			const field = section.heading ? fieldOf(section.heading) : undefined;
			const text = prose(section);
			if (!text) continue;
			if (field === 'drivers') adr.decision_drivers = section.items.length ? section.items : section.blocks;
			else if (field === 'options') {
				adr.considered_options = (section.items.length ? section.items : section.blocks).map((name) => ({ name }));
			} else if (field === 'consequences') adr.consequences = [...section.blocks, ...section.items];
			else if (field) adr[field] = text;
			else custom[section.heading || 'Summary'] = text;
		}
		if (Object.keys(custom).length) adr.custom_sections = custom;
		const links: JsonAdrLink[] = [
			...strings(data.supersedes).map((id) => ({ type: 'supersedes' as const, target: adrNumber(id) })),
			...(typeof data.supersededBy === 'string'
				? [{ type: 'superseded-by' as const, target: adrNumber(data.supersededBy) }]
				: []),
			...strings(data.amends).map((id) => ({ type: 'amends' as const, target: adrNumber(id) })),
		].flatMap(({ type, target }) => (target === undefined ? [] : [{ type, target }]));
		if (links.length) adr.links = links;
		adr.path = record.source;
		adrs.push(adr);
	}
	return {
		$schema: JSON_ADR_SCHEMA,
		version: '1.0.0',
		generated_at: tool.now.toISOString(),
		tool: { name: 'cairn', version: tool.version },
		repository: { name: records.client.name, adr_directory: 'adr' },
		adrs: adrs.sort((a, b) => a.number - b.number),
	};
}
