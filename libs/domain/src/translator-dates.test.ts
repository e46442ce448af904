import { describe, expect, it } from 'vitest';
import { createTranslator } from './translator';

describe('dates in English', () => {
  it('writes the day before the month, as in Britain and Ireland', () => {
    const en = createTranslator('en', 'Europe/Warsaw');
    expect(en.date('2026-06-12')).toBe('Fri, 12 Jun 2026');
    expect(en.dateTime(new Date('2026-06-12T08:00:00Z'))).toBe('Fri, 12 Jun 2026, 10:00');
  });
});
