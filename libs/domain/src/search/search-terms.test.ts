import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../search-text';
import { matchesTerms, searchTerms } from './search-terms';

const finds = (typed: string, text: string) =>
  matchesTerms(foldForSearch(text), searchTerms(typed));

describe('search terms', () => {
  it('find a Polish word in any of its forms', () => {
    for (const typed of ['strategia', 'strategię', 'strategii', 'strategiach', 'Strategii'])
      for (const text of ['Strategia rozwoju klastra', 'Projekt strategii', 'O strategiach'])
        expect(finds(typed, text), `${typed} in "${text}"`).toBe(true);
    expect(finds('szkołach', 'Szkoła zawodowa')).toBe(true);
    expect(finds('projektów', 'Nowe projekty')).toBe(true);
    expect(finds('warsztatach', 'Warsztaty robotyki')).toBe(true);
  });

  it('find the same meaning in the other language, inflected too', () => {
    expect(finds('strategy', 'Strategia rozwoju')).toBe(true);
    expect(finds('strategię', 'Cluster strategy 2027')).toBe(true);
    expect(finds('robotics', 'Pracownia robotyki')).toBe(true);
    expect(finds('robotyki', 'Robotics lab')).toBe(true);
    expect(finds('tourism', 'Turystyka i gastronomia')).toBe(true);
  });

  it('match the beginning of a word, accents aside, not any part of it', () => {
    expect(finds('lodz', 'Spotkanie w Łodzi')).toBe(true);
    expect(finds('lodz', 'Łódź, ul. Piotrkowska')).toBe(true);
    expect(finds('lodz', 'Wymiany młodzieży')).toBe(false);
    expect(finds('bot', 'Robotyka')).toBe(false);
    // As people type in autocomplete.
    expect(finds('szko', 'Szkolenie nauczycieli')).toBe(true);
    expect(finds('konf', 'Konferencja w Poznaniu')).toBe(true);
  });

  it('need every typed word, and nothing for nothing searchable', () => {
    expect(finds('strategia 2027', 'Strategia 2027')).toBe(true);
    expect(finds('strategia 2028', 'Strategia 2027')).toBe(false);
    expect(searchTerms('  %_  ')).toEqual([]);
  });

  it('keep only the shortest beginnings, without pattern characters', () => {
    const terms = searchTerms('strategię 100%_');
    expect(terms).toHaveLength(2);
    expect(terms.flat().every((beginning) => /^[a-z0-9]+$/.test(beginning))).toBe(true);
    for (const beginnings of terms)
      for (const each of beginnings)
        expect(beginnings.filter((other) => other !== each && each.startsWith(other))).toEqual([]);
  });
});
