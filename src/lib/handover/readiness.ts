// What would embarrass a handover, found in the documents: the loose ends a CTO checks in the
// last week of an engagement. Reviews overdue, decisions still proposed after a month, services of
// the architecture no runbook covers, documents nobody owns, plan items past due and not done, a
// client without contacts. Each is a problem at its file and line, saying what to do. Pure.
import { daysBetween, type IsoDate } from '../../core/dates.ts';
import { isOverdue, reviewState } from '../freshness.ts';
import { at, type ValidDocument } from '../check/context.ts';
import { CLIENT_FILE, CONTENT_DIR } from '../paths.ts';
import { problem, sortProblems, type Problem } from '../problems/problem.ts';
import type { ClientConfig } from '../../schemas/client.ts';

/** How long a decision may stay proposed before it is a loose end. */
export const PROPOSED_DAYS = 30;

export interface ReadinessInput {
	slug: string;
	config: ClientConfig;
	documents: readonly ValidDocument[];
	today: IsoDate;
	/** When each document last changed, by path inside the client folder (git or file dates). */
	changed: Readonly<Record<string, IsoDate>>;
}

/** A name as a runbook's service and an architecture component may both write it. */
const simple = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function handoverReadiness(input: ReadinessInput): Problem[] {
	const problems: Problem[] = [];
	const { documents, today } = input;
	for (const document of documents) {
		const { data } = document;
		const state = reviewState(data, today);
		if (isOverdue(state)) {
			const args = { lastReviewed: state.lastReviewed, every: state.every, due: state.due, days: state.overdueDays };
			problems.push(problem('ReviewOverdue', args, at(document, ['lastReviewed'], 'lastReviewed')));
		}
		if (data.kind === 'adr' && data.status === 'proposed') {
			const since = data.date ?? input.changed[document.path];
			const days = since ? daysBetween(since, today) : 0;
			if (days > PROPOSED_DAYS)
				problems.push(
					problem('ProposalOpen', { id: data.id, since: since ?? '', days }, at(document, ['status'], 'status')),
				);
		}
		if (!data.owner && document.id !== 'index' && data.kind !== 'adr') {
			problems.push(problem('NoOwner', {}, { file: document.file, line: 1, column: 1, field: 'owner' }));
		}
		if (data.kind === 'plan') {
			data.items.forEach((item, i) => {
				if (!item.done && item.due < today) {
					const path = ['items', i, 'due'];
					problems.push(
						problem('PlanItemPastDue', { title: item.title, due: item.due }, at(document, path, `items[${i}].due`)),
					);
				}
			});
		}
	}
	// A component is covered when a runbook is for it (its service) or speaks of it (title or text).
	const runbooks = documents.flatMap((d) =>
		d.data.kind === 'runbook'
			? [{ service: simple(d.data.service), text: `${d.data.title}\n${d.body}`.toLowerCase() }]
			: [],
	);
	const covered = (name: string) =>
		runbooks.some(
			(r) =>
				r.service === simple(name) ||
				new RegExp(`(^|[^a-z0-9])${escape(name.toLowerCase())}($|[^a-z0-9])`).test(r.text),
		);
	for (const document of documents) {
		if (document.data.kind !== 'architecture') continue;
		document.data.components.forEach((component, i) => {
			if (covered(component.name)) return;
			const path = ['components', i, 'name'];
			problems.push(
				problem(
					'ServiceWithoutRunbook',
					{ name: component.name, client: input.slug },
					at(document, path, `components[${i}].name`),
				),
			);
		});
	}
	if (input.config.contacts.length === 0) {
		const file = `${CONTENT_DIR}/${input.slug}/${CLIENT_FILE}`;
		problems.push(problem('NoContacts', {}, { file, line: 1, column: 1, field: 'contacts' }));
	}
	return sortProblems(problems);
}
