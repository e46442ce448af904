import { describe, expect, it } from 'vitest';
import { readWorkingHours } from './working-hours';

describe('reading working hours as people write them', () => {
  it('reads a range of days and a range of times', () => {
    expect(readWorkingHours('Mon-Fri 09:00-17:00')).toEqual({
      ok: true,
      value: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
    });
  });

  it('reads a list of days, single-digit hours and Polish day names', () => {
    expect(readWorkingHours('Mon,Wed,Fri 8:30-16:00')).toEqual({
      ok: true,
      value: { days: [1, 3, 5], start: '08:30', end: '16:00' },
    });
    expect(readWorkingHours('pn-czw 7:00 - 15:00')).toEqual({ ok: false, code: 'unknown-day' });
    expect(readWorkingHours('pn-cz 7:00 - 15:00')).toEqual({
      ok: true,
      value: { days: [1, 2, 3, 4], start: '07:00', end: '15:00' },
    });
  });

  it('wraps a range over the weekend', () => {
    expect(readWorkingHours('Sat-Mon 10:00-14:00')).toMatchObject({
      ok: true,
      value: { days: [1, 6, 7] },
    });
  });

  it('says what is wrong with a working week it cannot use', () => {
    expect(readWorkingHours('weekdays')).toEqual({ ok: false, code: 'unreadable' });
    expect(readWorkingHours('Mon-Fry 09:00-17:00')).toEqual({ ok: false, code: 'unknown-day' });
    expect(readWorkingHours('Mon-Fri 09:00-25:00')).toEqual({ ok: false, code: 'bad-time' });
    expect(readWorkingHours('Mon-Fri 09:75-17:00')).toEqual({ ok: false, code: 'bad-time' });
    expect(readWorkingHours('Mon-Fri 17:00-09:00')).toEqual({
      ok: false,
      code: 'end-not-after-start',
    });
  });
});
