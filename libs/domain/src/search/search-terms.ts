import { rankedTerms } from './relevance';

/**
 * What a search looks for: for each word people typed, the word beginnings any one of which a
 * text's word must start with. They are the folded word, the same word in the other language,
 * and the Polish stems of both, so `strategię` finds "Strategia" and "strategy", `lodz` finds
 * "Łódź" but not "młodzieży" (a word's beginning, not any part of it), and `szko` still finds
 * "szkoła" as people type. Empty when nothing searchable was typed.
 */
export function searchTerms(text: string): string[][] {
  return rankedTerms(text).map((term) => term.beginnings);
}

/** Whether a folded text has, for every term, a word starting with one of its beginnings. */
export function matchesTerms(foldedText: string, terms: readonly string[][]): boolean {
  const words = foldedText.split(' ');
  return terms.every((beginnings) =>
    beginnings.some((beginning) => words.some((word) => word.startsWith(beginning))),
  );
}
