import { describe, expect, it } from 'vitest';
import { createTranslator } from '../translator';
import { calendarDateIn, dateFormat } from './date-formats';

describe('date formats', () => {
  it('gives the calendar date of an instant in the zone, across midnight and DST', () => {
    // 23:30 UTC on the last Saturday of October is already Sunday in Warsaw (UTC+2, then +1).
    expect(calendarDateIn(new Date('2026-10-24T23:30:00Z'), 'Europe/Warsaw')).toBe('2026-10-25');
    expect(calendarDateIn(new Date('2026-10-25T22:59:00Z'), 'Europe/Warsaw')).toBe('2026-10-25');
    expect(calendarDateIn(new Date('2026-10-25T23:00:00Z'), 'Europe/Warsaw')).toBe('2026-10-26');
    expect(calendarDateIn(new Date('2026-06-12T02:00:00Z'), 'America/New_York')).toBe('2026-06-11');
  });

  it('makes one formatter per language, zone and style', () => {
    expect(dateFormat('pl', 'Europe/Warsaw', 'time')).toBe(
      dateFormat('pl', 'Europe/Warsaw', 'time'),
    );
    expect(dateFormat('pl', 'Europe/Warsaw', 'time')).not.toBe(
      dateFormat('en', 'Europe/Warsaw', 'time'),
    );
  });

  it('writes times on the 24-hour clock with two-digit hours in both languages', () => {
    const instant = new Date('2026-03-29T07:05:00Z'); // 09:05 in Warsaw, the first day of summer time
    expect(createTranslator('pl', 'Europe/Warsaw').time(instant)).toBe('09:05');
    expect(createTranslator('en', 'Europe/Lisbon').time(instant)).toBe('08:05');
  });

  it('names a calendar date the same day whatever the reader’s zone', () => {
    expect(createTranslator('en', 'Pacific/Kiritimati').date('2026-06-12')).toBe(
      'Fri, 12 Jun 2026',
    );
    expect(createTranslator('en', 'Pacific/Pago_Pago').date('2026-06-12')).toBe('Fri, 12 Jun 2026');
    expect(createTranslator('pl', 'Europe/Warsaw').date('2026-06-12')).toBe('pt., 12 cze 2026');
  });

  it('gives back what is not a date instead of throwing in the middle of a reply', () => {
    const t = createTranslator('pl', 'Europe/Warsaw');
    expect(t.date('2026-02-30x')).toBe('2026-02-30x');
    expect(t.dateTime(new Date(Number.NaN))).toBe('—');
    expect(t.time(new Date(Number.NaN))).toBe('—');
  });
});
