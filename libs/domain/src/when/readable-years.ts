/**
 * The years a written date may fall in. Luxon reads `0000-01-01` and `0001-01-01`, but the
 * store cannot hold such instants (Postgres has no year 0, and a day of year 1 in Warsaw
 * starts in year 0 in UTC) and nobody plans cluster work there; far years (9999) turn into
 * instants past what `timestamptz` and JavaScript print plainly. Periods and form dates
 * outside these years are "not a date I can read".
 */
export const READABLE_YEARS = { first: 1900, last: 2999 } as const;

/** Whether a written year is one Glokal reads (see `READABLE_YEARS`). */
export function isReadableYear(year: number): boolean {
  return Number.isInteger(year) && year >= READABLE_YEARS.first && year <= READABLE_YEARS.last;
}
