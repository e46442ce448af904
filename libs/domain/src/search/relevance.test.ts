import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../search-text';
import { RELEVANCE, hasWholeWord, rankedTerms, relevance } from './relevance';

const rank = (typed: string, title: string, rest = '') =>
  relevance(
    { title: foldForSearch(title), text: foldForSearch(`${title} ${rest}`) },
    rankedTerms(typed),
  );
const whole = (typed: string, text: string) => {
  const [term] = rankedTerms(typed);
  return term !== undefined && hasWholeWord(foldForSearch(text), term);
};

describe('search relevance', () => {
  it('counts a word in the title above the same word only in the description', () => {
    expect(rank('strategia', 'Strategia klastra')).toBe(RELEVANCE.titleWord);
    expect(rank('strategia', 'Protokół', 'zebranie o strategii')).toBe(RELEVANCE.textWord);
    expect(rank('strategia', 'Strategia klastra')).toBeGreaterThan(
      rank('strategia', 'Protokół', 'zebranie o strategii'),
    );
  });

  it('counts a beginning in the title above a whole word elsewhere', () => {
    expect(rank('konf', 'Konferencja w Łodzi')).toBe(RELEVANCE.titleBeginning);
    expect(rank('konf', 'Konferencja w Łodzi')).toBeGreaterThan(
      rank('konf', 'Spotkanie', 'konf online'),
    );
  });

  it('counts the whole word, in any form or language, above only its beginning', () => {
    expect(rank('szkolenia', 'Szkolenia dla nauczycieli')).toBe(RELEVANCE.titleWord);
    expect(rank('szko', 'Szkolenia dla nauczycieli')).toBe(RELEVANCE.titleBeginning);
    for (const typed of ['strategia', 'strategii', 'strategię', 'strategy', 'Strategiami'])
      expect(whole(typed, 'Strategia rozwoju'), typed).toBe(true);
    expect(whole('robotics', 'Pracownia robotyki')).toBe(true);
    expect(whole('lodz', 'Łódź, Piotrkowska')).toBe(true);
  });

  it('does not take a longer word sharing a beginning for the word itself', () => {
    // "szkolenie" begins like "szkołach" but is another word; "szkoły" is the same one.
    expect(whole('szkołach', 'Szkolenie BHP')).toBe(false);
    expect(whole('szkołach', 'Nowe szkoły')).toBe(true);
    expect(whole('lodz', 'Łódzkie')).toBe(false);
    expect(whole('konf', 'Konferencja')).toBe(false);
  });

  it('adds up over the typed words, every one of which was found', () => {
    expect(rank('strategia 2027', 'Strategia 2027')).toBe(2 * RELEVANCE.titleWord);
    expect(rank('strategia 2027', 'Strategia', 'wersja 2027')).toBe(
      RELEVANCE.titleWord + RELEVANCE.textWord,
    );
    expect(rank('', 'Strategia')).toBe(0);
  });

  it('keeps words and stems of letters and digits only, which no pattern reads as wildcards', () => {
    for (const term of rankedTerms('100%_ strategię')) {
      for (const form of [...term.beginnings, ...term.words, ...term.stems])
        expect(form).toMatch(/^[a-z0-9]+$/);
    }
  });
});
