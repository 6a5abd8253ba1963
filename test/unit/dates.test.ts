import { describe, expect, it } from 'vitest';
import { addDays, addDuration, checkIsoDate, daysBetween, parseDuration } from '../../src/core/dates.ts';

describe('calendar dates', () => {
	it('accepts real dates, leap days included', () => {
		expect(checkIsoDate('2028-02-29')).toEqual({ ok: true, date: '2028-02-29' });
		expect(checkIsoDate('2026-12-31')).toEqual({ ok: true, date: '2026-12-31' });
	});

	it('rejects dates that do not exist, saying why', () => {
		expect(checkIsoDate('2026-02-29')).toEqual({ ok: false, reason: 'not a real date (February 2026 has 28 days)' });
		expect(checkIsoDate('2026-04-31')).toEqual({ ok: false, reason: 'not a real date (April 2026 has 30 days)' });
		expect(checkIsoDate('2026-00-10')).toEqual({ ok: false, reason: 'not a real date (there is no month 0)' });
		expect(checkIsoDate('5 March 2026')).toEqual({ ok: false, reason: 'expected a date written YYYY-MM-DD' });
	});

	it('counts and adds days across month and year ends', () => {
		expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
		expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
		expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
	});

	it('reads review intervals', () => {
		expect(parseDuration('90d')).toEqual({ amount: 90, unit: 'd' });
		expect(parseDuration('6 m')).toEqual({ amount: 6, unit: 'm' });
		expect(parseDuration('0d')).toBeUndefined();
		expect(parseDuration('quarterly')).toBeUndefined();
	});

	it('adds intervals, clamping months to their last day', () => {
		expect(addDuration('2026-01-31', { amount: 1, unit: 'm' })).toBe('2026-02-28');
		expect(addDuration('2026-11-15', { amount: 3, unit: 'm' })).toBe('2027-02-15');
		expect(addDuration('2028-02-29', { amount: 1, unit: 'y' })).toBe('2029-02-28');
		expect(addDuration('2026-03-01', { amount: 2, unit: 'w' })).toBe('2026-03-15');
	});
});
