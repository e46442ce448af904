import { searchWords } from '../search-text';
import { sameMeaning } from '../vocabulary';
import { polishStem } from './polish-stem';

/** Drops every beginning another in the list begins with already: it would find nothing more. */
function shortestBeginnings(beginnings: readonly string[]): string[] {
  const unique = [...new Set(beginnings)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  return unique.filter((each, index) =>
    unique.slice(0, index).every((shorter) => !each.startsWith(shorter)),
  );
}

/**
 * What a search looks for: for each word people typed, the word beginnings any one of which a
 * text's word must start with. They are the folded word, the same word in the other language,
 * and the Polish stems of both, so `strategię` finds "Strategia" and "strategy", `lodz` finds
 * "Łódź" but not "młodzieży" (a word's beginning, not any part of it), and `szko` still finds
 * "szkoła" as people type. Empty when nothing searchable was typed.
 */
export function searchTerms(text: string): string[][] {
  return searchWords(text).map((word) => {
    const alternatives = sameMeaning(word);
    return shortestBeginnings(
      alternatives.flatMap((alternative) => [alternative, polishStem(alternative) ?? alternative]),
    );
  });
}

/** Whether a folded text has, for every term, a word starting with one of its beginnings. */
export function matchesTerms(foldedText: string, terms: readonly string[][]): boolean {
  const words = foldedText.split(' ');
  return terms.every((beginnings) =>
    beginnings.some((beginning) => words.some((word) => word.startsWith(beginning))),
  );
}
