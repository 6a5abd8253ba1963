// The roadmap as a timeline: a Mermaid gantt chart with one section per theme, and the same items
// as rows grouped by theme for the table beside it (with their ADRs).
import type { Roadmap, RoadmapItem } from '../../schemas/roadmap.ts';
import { plainText } from './mermaid.ts';

export interface ThemeGroup {
	theme: string;
	items: RoadmapItem[];
}

/** Items grouped by theme: themes in the order they first appear, items by start date. */
export function roadmapThemes(roadmap: Pick<Roadmap, 'items'>): ThemeGroup[] {
	const groups = new Map<string, RoadmapItem[]>();
	for (const item of roadmap.items) groups.set(item.theme, [...(groups.get(item.theme) ?? []), item]);
	return [...groups].map(([theme, items]) => ({
		theme,
		items: [...items].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)),
	}));
}

const STATUS_TAG: Record<RoadmapItem['status'], string> = {
	done: 'done, ',
	'in-progress': 'active, ',
	planned: '',
	dropped: '',
};

/** A task label short enough to fit beside its bar; the table beside the chart has the full title. */
function shortTitle(title: string, max = 34): string {
	if (title.length <= max) return title;
	const cut = title.slice(0, max);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 12 ? cut.lastIndexOf(' ') : max)}…`;
}

/** Mermaid gantt source for the roadmap's horizon. */
export function roadmapGantt(roadmap: Pick<Roadmap, 'items' | 'horizon'>): string {
	const lines = ['gantt', '  dateFormat YYYY-MM-DD', '  axisFormat %b %Y', '  tickInterval 1month'];
	for (const { theme, items } of roadmapThemes(roadmap)) {
		lines.push(`  section ${plainText(theme)}`);
		for (const item of items) {
			const name = `${plainText(item.id)} ${plainText(shortTitle(item.title))}${item.status === 'dropped' ? ' (dropped)' : ''}`;
			lines.push(`  ${name} :${STATUS_TAG[item.status]}${item.start}, ${item.end}`);
		}
	}
	return lines.join('\n');
}

/** The id of a roadmap item's row on the roadmap page, for links from elsewhere (the debt register). */
export function roadmapItemAnchor(itemId: string): string {
	return `item-${itemId}`;
}
