// The date reviews and due dates are measured against: CAIRN_TODAY=YYYY-MM-DD when set (so
// builds and tests are reproducible), else the clock's date in UTC.
import { checkIsoDate, isoToday, type IsoDate } from '../core/dates.ts';
import { UserError } from './errors.ts';

export function todayFrom(env: Record<string, string | undefined>, now: Date): IsoDate {
	const fixed = env.CAIRN_TODAY;
	if (!fixed) return isoToday(now);
	const check = checkIsoDate(fixed);
	if (!check.ok) throw new UserError('BadTodayEnv', { value: fixed });
	return check.date;
}
