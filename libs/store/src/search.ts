import { sql, type RawBuilder } from 'kysely';
import { RELEVANCE, foldForSearch, rankedTerms, type RankedTerm } from '@glokal/domain';

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
 * How relevant a row is to the words people typed, as the domain's `relevance` counts it
 * (`RELEVANCE`: the whole word above its beginning, in the title above elsewhere), for
 * ordering: `title` is the folded title or name, `text` the whole folded search column
 * (the title's words included) when it is another column. Undefined when no searchable word
 * is left (nothing to order by).
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
        ? sql` when ${text} ~ ${term.wholeWord} then ${sql.lit(RELEVANCE.textWord)}`
        : sql``;
      return sql`(case when ${title} ~ ${term.wholeWord} then ${sql.lit(RELEVANCE.titleWord)} when ${hasBeginning(title, term)} then ${sql.lit(RELEVANCE.titleBeginning)}${inText} else ${sql.lit(RELEVANCE.textBeginning)} end)`;
    }),
    sql` + `,
  )})`;
}

/**
 * The folded title at the start of a search column written by `searchText(title, …)`: as
 * many of the column's words as the raw title has. Words of the raw title are counted
 * between spaces, ASCII punctuation and the common Unicode punctuation (dashes, quotes,
 * bullets, currency), which is where folding splits them; a title with other symbols between
 * letters may count one word more or less, which changes only its rank, never whether it is
 * found. A folded title column (a migration) would make this exact.
 */
export function leadingTitle(column: string, rawTitle: string): RawBuilder<unknown> {
  const words = sql`cardinality(array_remove(regexp_split_to_array(${sql.ref(rawTitle)}, ${TITLE_SEPARATORS}), ''))`;
  return sql`array_to_string((string_to_array(${sql.ref(column)}, ' '))[1:${words}], ' ')`;
}

/** What folding turns into a space between words, as a Postgres regular expression. */
const TITLE_SEPARATORS =
  '[\\x01-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f\\u00a0-\\u00a9\\u00ab-\\u00b1\\u00b4\\u00b6-\\u00b8\\u00bb\\u00bf\\u00d7\\u00f7\\u2000-\\u206f\\u20a0-\\u20cf\\u3000-\\u303f]+';

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
