import { sql, type RawBuilder } from 'kysely';
import { foldForSearch, searchTerms } from '@glokal/domain';

/**
 * A condition that every word people typed begins a word of a folded text column: the word,
 * the same word in the other language, or a Polish stem of either (see `searchTerms`); true
 * when no searchable word is left. Words in the column are separated by single spaces, and
 * folded words are letters and digits only, so they never carry a LIKE wildcard.
 */
export function hasEveryWord(column: string, words: string | undefined): RawBuilder<boolean> {
  const terms = searchTerms(words ?? '');
  if (terms.length === 0) return sql<boolean>`true`;
  const text = sql.ref(column);
  return sql<boolean>`(${sql.join(
    terms.map(
      (beginnings) =>
        sql`(${sql.join(
          beginnings.map(
            (beginning) =>
              sql`(${text} like ${`${beginning}%`} or ${text} like ${`% ${beginning}%`})`,
          ),
          sql` or `,
        )})`,
    ),
    sql` and `,
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
