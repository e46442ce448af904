import { describe, expect, it } from 'vitest';
import { countryFromText, countryName } from './country';

describe('countries', () => {
  it('reads codes and English or Polish names', () => {
    expect(
      ['pt', 'PT', 'Portugal', 'portugalia', 'Niemcy', 'Germany'].map(countryFromText),
    ).toEqual(['PT', 'PT', 'PT', 'PT', 'DE', 'DE']);
    expect(countryFromText('robotics')).toBeUndefined();
    expect(countryFromText('XQ')).toBeUndefined();
  });

  it('names a country in the person language', () => {
    expect(countryName('PT', 'pl')).toBe('Portugalia');
    expect(countryName('PT', 'en')).toBe('Portugal');
  });
});
