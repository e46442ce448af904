// The package ships no types; its declaration sits beside this file, for every project that compiles it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./nlpjs-lang-pl.d.ts" />
import { StemmerPl } from '@nlpjs/lang-pl';

const stemmer = new StemmerPl();
/** The stemmer memoises every word it sees; it is emptied this often so it stays small. */
const MEMO_LIMIT = 10_000;
let memoised = 0;

/** Shorter words are left as typed: they are prefixes already (autocomplete's `szko`). */
const SHORTEST_STEMMED = 5;
/** A stem shorter than this would find too much (`szko` of "szkołach" is kept, `rul` is not). */
const SHORTEST_STEM = 4;

/**
 * The Polish stem of a folded word ("strategii" → "strategi", "szkolach" → "szkol"), or
 * undefined when it has none worth searching by. The stem is what every inflected form of
 * the word begins with, near enough for a prefix match: `strategię` and `strategii` then both
 * find "strategia". English words mostly come back as typed.
 */
export function polishStem(word: string): string | undefined {
  if (word.length < SHORTEST_STEMMED || !/^\p{L}+$/u.test(word)) return undefined;
  memoised += 1;
  if (memoised > MEMO_LIMIT) {
    stemmer.cache = {};
    memoised = 0;
  }
  const stem = stemmer.stem(word);
  return stem.length >= SHORTEST_STEM && stem !== word ? stem : undefined;
}
