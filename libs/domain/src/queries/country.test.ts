import { describe, expect, it } from 'vitest';
import { countryFromText, countryFromWord, countryName } from './country';

describe('countries', () => {
  it('reads codes and English or Polish names', () => {
    expect(
      ['pt', 'PT', 'Portugal', 'portugalia', 'Niemcy', 'Germany'].map(countryFromText),
    ).toEqual(['PT', 'PT', 'PT', 'PT', 'DE', 'DE']);
    expect(countryFromText('robotics')).toBeUndefined();
    expect(countryFromText('XQ')).toBeUndefined();
  });

  it('takes a code that is also a topic (AI, IT) for the topic among words, the name for the country', () => {
    expect(['AI', 'ai', 'IT', 'Si', 'VR'].map(countryFromWord)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(['PT', 'de', 'Italy', 'Włochy', 'Anguilla', 'Słowenia'].map(countryFromWord)).toEqual([
      'PT',
      'DE',
      'IT',
      'IT',
      'AI',
      'SI',
    ]);
    // The country option, typed as a country, still takes the code.
    expect(countryFromText('IT')).toBe('IT');
  });

  it('names a country in the person language', () => {
    expect(countryName('PT', 'pl')).toBe('Portugalia');
    expect(countryName('PT', 'en')).toBe('Portugal');
  });
});
