import { describe, expect, it } from 'vitest';
import { createTranslator } from './translator';

describe('translator', () => {
  const pl = createTranslator('pl', 'Europe/Warsaw');
  const en = createTranslator('en', 'Europe/Warsaw');

  it('uses all three Polish plural forms for days', () => {
    expect([1, 2, 4, 5, 12, 22, 25].map((count) => pl.t('common:days', { count }))).toEqual([
      '1 dzień',
      '2 dni',
      '4 dni',
      '5 dni',
      '12 dni',
      '22 dni',
      '25 dni',
    ]);
  });

  it('uses the Polish genitive plural for five and more events', () => {
    expect([1, 3, 5, 21, 22].map((count) => pl.t('common:events', { count }))).toEqual([
      '1 wydarzenie',
      '3 wydarzenia',
      '5 wydarzeń',
      '21 wydarzeń',
      '22 wydarzenia',
    ]);
  });

  it('speaks English with English plurals', () => {
    expect(en.t('common:days', { count: 1 })).toBe('1 day');
    expect(en.t('common:days', { count: 2 })).toBe('2 days');
  });

  it('shows an instant in Warsaw time on both sides of the October DST change', () => {
    expect(en.time(new Date('2026-10-24T08:00:00Z'))).toBe('10:00');
    expect(en.time(new Date('2026-10-26T08:00:00Z'))).toBe('09:00');
  });

  it('writes dates with Polish month names', () => {
    expect(pl.date('2026-06-12')).toMatch(/12 cze 2026/);
  });
});
