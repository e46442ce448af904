import { searchWords } from '../search-text';
import { sameMeaning } from '../vocabulary';
import { polishStem } from './polish-stem';

/**
 * A stem followed by at most this many letters is the word itself, inflected
 * (`strategi` + `ami`, `szkol` + `ach`); longer, it is another word sharing a beginning
 * (`szkol` + `enie`).
 */
export const INFLECTION_LETTERS = 3;

/**
 * What a match of one typed word is worth: in the title (a name, an event's title) more than
 * anywhere else, and the whole word (in any of its forms or languages) more than only its
 * beginning (`konf` of "konferencja"). Per typed word the best applies; a result's relevance
 * is the sum over the words, and results are ordered by it first, then as before (by date,
 * by name). Every typed word is required anyway, so the sum rewards where they match.
 */
export const RELEVANCE = { titleWord: 3, titleBeginning: 2, textWord: 1, textBeginning: 0 };

/**
 * One typed word as relevance sees it: the beginnings any one of which a word must start
 * with (as `searchTerms`), and the whole words it stands for: the folded word and words of
 * the same meaning (`words`), or one of their Polish stems followed by at most
 * `INFLECTION_LETTERS` letters (`stems`). Folded words are letters and digits only, so none
 * of them carries a pattern character; the store turns them into `LIKE` patterns that mean the
 * same, so the store and the in-memory queries rank alike.
 */
export interface RankedTerm {
  beginnings: string[];
  words: string[];
  stems: string[];
}

/** Drops every beginning another in the list begins with already: it would find nothing more. */
export function shortestBeginnings(beginnings: readonly string[]): string[] {
  const unique = [...new Set(beginnings)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  return unique.filter((each, index) =>
    unique.slice(0, index).every((shorter) => !each.startsWith(shorter)),
  );
}

/** The terms of what people typed, for finding (beginnings) and ranking (whole words). */
export function rankedTerms(text: string): RankedTerm[] {
  return searchWords(text).map((word) => {
    const alternatives = sameMeaning(word);
    const stems = alternatives.flatMap((alternative) => polishStem(alternative) ?? []);
    return {
      beginnings: shortestBeginnings([...alternatives, ...stems]),
      words: [...new Set(alternatives)],
      stems: [...new Set(stems)],
    };
  });
}

/** Whether some word of a folded text starts with one of the term's beginnings. */
export function hasBeginning(foldedText: string, term: RankedTerm): boolean {
  return foldedText
    .split(' ')
    .some((word) => term.beginnings.some((beginning) => word.startsWith(beginning)));
}

/** Whether some word of a folded text is the term's word, in one of its forms. */
export function hasWholeWord(foldedText: string, term: RankedTerm): boolean {
  return foldedText
    .split(' ')
    .some(
      (word) =>
        term.words.includes(word) ||
        term.stems.some(
          (stem) => word.startsWith(stem) && word.length - stem.length <= INFLECTION_LETTERS,
        ),
    );
}

/**
 * How relevant a result is to the typed words, by `RELEVANCE`: `title` is its folded title
 * (or name) and `text` all its folded searchable text, title included. The in-memory
 * reference of the store's `relevance` expression.
 */
export function relevance(
  fields: { title: string; text: string },
  terms: readonly RankedTerm[],
): number {
  let total = 0;
  for (const term of terms) {
    if (hasWholeWord(fields.title, term)) total += RELEVANCE.titleWord;
    else if (hasBeginning(fields.title, term)) total += RELEVANCE.titleBeginning;
    else if (hasWholeWord(fields.text, term)) total += RELEVANCE.textWord;
    else if (hasBeginning(fields.text, term)) total += RELEVANCE.textBeginning;
  }
  return total;
}
