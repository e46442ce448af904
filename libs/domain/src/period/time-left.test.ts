import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { timeLeft } from './time-left';

const warsaw = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Warsaw' }).toJSDate();

describe('timeLeft', () => {
  it('counts calendar days in the viewer zone', () => {
    expect(
      timeLeft(warsaw('2026-06-15T12:00'), warsaw('2026-06-12T10:00'), 'Europe/Warsaw'),
    ).toEqual({ unit: 'days', count: 3 });
    expect(
      timeLeft(warsaw('2026-06-13T09:00'), warsaw('2026-06-12T08:00'), 'Europe/Warsaw'),
    ).toEqual({ unit: 'days', count: 1 });
  });

  it('still says two days across the spring DST change, when only 47 hours are left', () => {
    const now = warsaw('2026-03-28T12:00');
    const deadline = warsaw('2026-03-30T12:00');
    expect(deadline.getTime() - now.getTime()).toBe(47 * 3_600_000);
    expect(timeLeft(deadline, now, 'Europe/Warsaw')).toEqual({ unit: 'days', count: 2 });
  });

  it('still says two days across the autumn DST change, when 49 hours are left', () => {
    expect(
      timeLeft(warsaw('2026-10-26T12:00'), warsaw('2026-10-24T12:00'), 'Europe/Warsaw'),
    ).toEqual({ unit: 'days', count: 2 });
  });

  it('gives hours under a day and minutes under an hour', () => {
    const now = warsaw('2026-06-12T10:00');
    expect(timeLeft(warsaw('2026-06-12T17:00'), now, 'Europe/Warsaw')).toEqual({
      unit: 'hours',
      count: 7,
    });
    expect(timeLeft(warsaw('2026-06-12T10:45'), now, 'Europe/Warsaw')).toEqual({
      unit: 'minutes',
      count: 45,
    });
    expect(timeLeft(now, now, 'Europe/Warsaw')).toEqual({ unit: 'passed' });
  });

  it('counts days from the viewer zone, so Lisbon and Warsaw may differ by one', () => {
    // 17:00 Brussels on 15 June; now is 00:30 on 13 June in Warsaw but 23:30 on 12 June in Lisbon.
    const deadline = DateTime.fromISO('2026-06-15T17:00', { zone: 'Europe/Brussels' }).toJSDate();
    const now = new Date('2026-06-12T22:30:00Z');
    expect(timeLeft(deadline, now, 'Europe/Warsaw')).toEqual({ unit: 'days', count: 2 });
    expect(timeLeft(deadline, now, 'Europe/Lisbon')).toEqual({ unit: 'days', count: 3 });
  });
});
