// What the diligence page draws from other documents: the architecture diagram, and a roadmap
// summary.
import type { Roadmap } from '../../schemas/roadmap.ts';

/** The first Mermaid diagram in a Markdown body, or `undefined`. Fences of three or more backticks or tildes. */
export function firstMermaid(body: string): string | undefined {
	const match = /^(`{3,}|~{3,})[ \t]*mermaid[^\n]*\n([\s\S]*?)\n\1[ \t]*$/m.exec(body);
	return match?.[2];
}

export interface RoadmapSummary {
	horizon: Roadmap['horizon'];
	counts: Record<Roadmap['items'][number]['status'], number>;
	themes: { theme: string; items: number; done: number }[];
}

export function roadmapSummary(roadmap: Pick<Roadmap, 'horizon' | 'items'>): RoadmapSummary {
	const counts = { planned: 0, 'in-progress': 0, done: 0, dropped: 0 };
	const themes = new Map<string, { theme: string; items: number; done: number }>();
	for (const item of roadmap.items) {
		counts[item.status]++;
		const theme = themes.get(item.theme) ?? { theme: item.theme, items: 0, done: 0 };
		theme.items++;
		if (item.status === 'done') theme.done++;
		themes.set(item.theme, theme);
	}
	return { horizon: roadmap.horizon, counts, themes: [...themes.values()] };
}
