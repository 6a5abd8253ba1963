// The alerts a client's alerting defines, read from its rule files with their positions: Prometheus
// and Alertmanager rule files (`groups[].rules[].alert`), the same as a Kubernetes PrometheusRule
// (`spec.groups`) or inside a ConfigMap's data, and Grafana's exported or provisioned alert rules
// (`groups[].rules[].title`). Recording rules define no alert. Several YAML documents in one file
// are read one by one. Pure: rule-files-fs.ts reads the files.
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node, type YAMLMap } from 'yaml';

export interface DefinedAlert {
	/** The alert's name, as the alerting system names it (and a runbook's `alerts` must). */
	name: string;
	/** Project-relative path of the rule file. */
	file: string;
	line: number;
	column: number;
	/** The rule's `runbook_url` annotation, when it has one. */
	runbookUrl?: string;
}

export interface RuleFileReading {
	alerts: DefinedAlert[];
	/** Why (part of) the file could not be read, at its position. */
	errors: { line: number; column: number; detail: string }[];
}

function get(map: YAMLMap, key: string): unknown {
	return map.get(key, true);
}

const text = (node: unknown): string | undefined =>
	isScalar(node) && typeof node.value === 'string' ? node.value : undefined;

/** The rule groups of one YAML document: its own, a PrometheusRule's, or none. */
function groupsOf(root: YAMLMap): unknown {
	const spec = get(root, 'spec');
	if (isMap(spec) && isSeq(get(spec, 'groups'))) return get(spec, 'groups');
	return get(root, 'groups');
}

/** Reads the rule files' text; `lineOffset` places a file embedded in another (a ConfigMap's data). */
export function readRuleFile(file: string, source: string, lineOffset = 0): RuleFileReading {
	const reading: RuleFileReading = { alerts: [], errors: [] };
	const lines = new LineCounter();
	const position = (node: Node | undefined) => {
		const { line, col } = lines.linePos(node?.range?.[0] ?? 0);
		return { line: line + lineOffset, column: col };
	};
	for (const document of parseAllDocuments(source, { lineCounter: lines, uniqueKeys: false })) {
		const [error] = document.errors;
		if (error) {
			const { line, col } = lines.linePos(error.pos[0]);
			reading.errors.push({ line: line + lineOffset, column: col, detail: error.message.split('\n')[0] ?? '' });
			continue;
		}
		const root = document.contents;
		if (!isMap(root)) continue;
		// A ConfigMap holding rule files as text: each is read where it is written.
		const data = get(root, 'data');
		if (text(get(root, 'kind')) === 'ConfigMap' && isMap(data)) {
			for (const pair of data.items) {
				const value = pair.value;
				if (isScalar(value) && typeof value.value === 'string' && /^\s*groups\s*:/m.test(value.value)) {
					const embedded = readRuleFile(file, value.value, position(value).line);
					reading.alerts.push(...embedded.alerts);
					reading.errors.push(...embedded.errors);
				}
			}
			continue;
		}
		const groups = groupsOf(root);
		if (!isSeq(groups)) continue;
		for (const group of groups.items) {
			const rules = isMap(group) ? get(group, 'rules') : undefined;
			if (!isSeq(rules)) continue;
			for (const rule of rules.items) {
				if (!isMap(rule)) continue;
				// Prometheus names an alert `alert`; Grafana's rules have a `title` and a `uid` or `condition`.
				const grafana = get(rule, 'uid') !== undefined || get(rule, 'condition') !== undefined;
				const nameNode = get(rule, 'alert') ?? (grafana ? get(rule, 'title') : undefined);
				const name = text(nameNode)?.trim();
				if (!name) continue;
				const annotations = get(rule, 'annotations');
				const runbookUrl = isMap(annotations) ? text(get(annotations, 'runbook_url')) : undefined;
				reading.alerts.push({
					name,
					file,
					...position(nameNode as Node),
					...(runbookUrl ? { runbookUrl } : {}),
				});
			}
		}
	}
	return reading;
}
