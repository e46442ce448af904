import { describe, expect, it } from 'vitest';
import { TimeZone, isKnownTimeZone, localeFromTag } from './locale';

describe('time zones', () => {
  it('knows IANA zones and refuses made-up ones, also when asked again', () => {
    expect(isKnownTimeZone('Europe/Lisbon')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(TimeZone.safeParse('Europe/Warsaw').success).toBe(true);
    expect(TimeZone.safeParse('Europe/Warszawa').success).toBe(false);
  });
});

describe('localeFromTag', () => {
  it('speaks Polish to any Polish tag and English to everyone else', () => {
    expect(localeFromTag('pl-PL', 'en')).toBe('pl');
    expect(localeFromTag('pl', 'en')).toBe('pl');
    expect(localeFromTag('en-US', 'pl')).toBe('en');
    expect(localeFromTag('de-DE', 'pl')).toBe('en');
    expect(localeFromTag(undefined, 'pl')).toBe('pl');
  });
});
