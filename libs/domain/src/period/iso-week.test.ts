import { describe, expect, it } from 'vitest';
import { isoWeekInterval, isoWeekOf } from './iso-week';

describe('ISO weeks in the cluster zone', () => {
  it('names the week of an instant on the zone’s wall clock, with the ISO week-year', () => {
    // Sunday 23:30 UTC is already Monday in Warsaw.
    expect(isoWeekOf(new Date('2026-10-25T23:30:00Z'), 'Europe/Warsaw')).toBe('2026-W44');
    expect(isoWeekOf(new Date('2026-10-25T23:30:00Z'), 'UTC')).toBe('2026-W43');
    // 1 January 2027 is a Friday of the last week of 2026.
    expect(isoWeekOf(new Date('2027-01-01T12:00:00Z'), 'Europe/Warsaw')).toBe('2026-W53');
  });

  it('spans a week with the autumn DST change as 169 hours, midnight to midnight', () => {
    const { start, end } = isoWeekInterval('2026-W43', 'Europe/Warsaw');
    expect(start.toISOString()).toBe('2026-10-18T22:00:00.000Z');
    expect(end.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(169);
  });
});
