import { sql, type RawBuilder } from 'kysely';
import {
  INFLECTION_LETTERS,
  RELEVANCE,
  foldForSearch,
  rankedTerms,
  type RankedTerm,
} from '@glokal/domain';

/**
 * A condition that every word people typed begins a word of a folded text column: the word,
 * the same word in the other language, or a Polish stem of either (see `searchTerms`); true
 * when no searchable word is left. Words in the column are separated by single spaces, and
 * folded words are letters and digits only, so they never carry a LIKE wildcard.
 */
export function hasEveryWord(column: string, words: string | undefined): RawBuilder<boolean> {
  const terms = rankedTerms(words ?? '');
  if (terms.length === 0) return sql<boolean>`true`;
  const text = sql.ref(column);
  return sql<boolean>`(${sql.join(
    terms.map((term) => hasBeginning(text, term)),
    sql` and `,
  )})`;
}

/** Whether some word of a folded text column starts with one of a term's beginnings. */
function hasBeginning(text: RawBuilder<unknown>, term: RankedTerm): RawBuilder<boolean> {
  return sql<boolean>`(${sql.join(
    term.beginnings.map(
      (beginning) => sql`(${text} like ${`${beginning}%`} or ${text} like ${`% ${beginning}%`})`,
    ),
    sql` or `,
  )})`;
}

/**
 * `LIKE` patterns, on a folded text with a space added at each end, true where some word is
 * one of the term's whole words: one of its words, or a stem followed by 0 to
 * `INFLECTION_LETTERS` characters. Words are separated by single spaces, so a `_` that stands
 * for a space ends a shorter form that a pattern before it matches already: the patterns mean
 * what the domain's `hasWholeWord` does.
 */
export function wholeWordPatterns(term: RankedTerm): string[] {
  const inflected = term.stems.flatMap((stem) =>
    Array.from({ length: INFLECTION_LETTERS + 1 }, (_, letters) => `${stem}${'_'.repeat(letters)}`),
  );
  return [...new Set([...term.words, ...inflected])].map((form) => `% ${form} %`);
}

/** Whether some word of a folded text column is one of the term's whole words. */
function hasWholeWord(text: RawBuilder<unknown>, term: RankedTerm): RawBuilder<boolean> {
  const padded = sql`(' ' || ${text} || ' ')`;
  return sql<boolean>`(${sql.join(
    wholeWordPatterns(term).map((pattern) => sql`${padded} like ${pattern}`),
    sql` or `,
  )})`;
}

/**
 * How relevant a row is to the words people typed, as the domain's `relevance` counts it
 * (`RELEVANCE`: the whole word above its beginning, in the title above elsewhere), for
 * ordering: `title` is the folded title or name column, `text` the whole folded search column
 * (the title's words included) when it is another column. `LIKE` only, no regular expression:
 * ranking the thousands of rows a common word finds stays a few milliseconds. Undefined when
 * no searchable word is left (nothing to order by).
 */
export function relevance(
  fields: { title: RawBuilder<unknown>; text?: RawBuilder<unknown> },
  words: string | undefined,
): RawBuilder<number> | undefined {
  const terms = rankedTerms(words ?? '');
  if (terms.length === 0) return undefined;
  const { title, text } = fields;
  return sql<number>`(${sql.join(
    terms.map((term) => {
      const inText = text
        ? sql` when ${hasWholeWord(text, term)} then ${sql.lit(RELEVANCE.textWord)}`
        : sql``;
      return sql`(case when ${hasWholeWord(title, term)} then ${sql.lit(RELEVANCE.titleWord)} when ${hasBeginning(title, term)} then ${sql.lit(RELEVANCE.titleBeginning)}${inText} else ${sql.lit(RELEVANCE.textBeginning)} end)`;
    }),
    sql` + `,
  )})`;
}

/** Folded text of several fields, for a search column. */
export function searchText(...parts: ReadonlyArray<string | undefined>): string {
  return foldForSearch(parts.filter((part) => part !== undefined && part !== '').join(' '));
}

/** Rows in batches small enough for one statement's parameters on both databases. */
export function inBatches<T>(items: readonly T[], size = 500): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    batches.push(items.slice(start, start + size));
  return batches;
}

/** The last item per id, so one statement never updates a row twice. */
export function lastPerId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/** A JSON value as the text a jsonb parameter takes on both drivers. */
export function jsonb(value: unknown): string {
  return JSON.stringify(value);
}
