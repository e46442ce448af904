import { describe, expect, it } from 'vitest';
import { easterSunday, polishHolidayOn, polishPublicHolidays } from './polish-holidays';

describe('Polish public holidays', () => {
  it('finds Easter Sunday by the Gregorian computus, early, late and in between', () => {
    // Dates as the Church's tables give them.
    expect(easterSunday(1818)).toBe('1818-03-22');
    expect(easterSunday(1943)).toBe('1943-04-25');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(() => easterSunday(1500)).toThrow(RangeError);
  });

  it('lists the thirteen days off of 2024 and the fourteen of 2026, Christmas Eve being new in 2025', () => {
    expect([...polishPublicHolidays(2024).keys()]).toEqual([
      '2024-01-01',
      '2024-01-06',
      '2024-03-31',
      '2024-04-01',
      '2024-05-01',
      '2024-05-03',
      '2024-05-19',
      '2024-05-30',
      '2024-08-15',
      '2024-11-01',
      '2024-11-11',
      '2024-12-25',
      '2024-12-26',
    ]);
    const in2026 = polishPublicHolidays(2026);
    expect(in2026.size).toBe(14);
    expect(in2026.get('2026-12-24')).toBe('christmas-eve');
    expect(polishPublicHolidays(2025).get('2025-12-24')).toBe('christmas-eve');
  });

  it('puts Easter Monday, Pentecost and Corpus Christi 1, 49 and 60 days after Easter', () => {
    expect(polishHolidayOn('2026-04-06')).toBe('easter-monday');
    expect(polishHolidayOn('2026-05-24')).toBe('pentecost');
    expect(polishHolidayOn('2026-06-04')).toBe('corpus-christi');
    expect(polishHolidayOn('2027-03-29')).toBe('easter-monday');
    expect(polishHolidayOn('2027-05-27')).toBe('corpus-christi');
  });

  it('answers nothing for an ordinary day, and Epiphany only from 2011', () => {
    expect(polishHolidayOn('2026-11-10')).toBeUndefined();
    expect(polishHolidayOn('2026-11-11')).toBe('independence-day');
    expect(polishHolidayOn('2010-01-06')).toBeUndefined();
    expect(polishHolidayOn('2011-01-06')).toBe('epiphany');
    expect(polishHolidayOn('not a date')).toBeUndefined();
  });
});
