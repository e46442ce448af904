import { DateTime } from 'luxon';

/** The ISO week (`2026-W44`) an instant falls in, on the wall clock of `zone`. */
export function isoWeekOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("kkkk-'W'WW");
}

/**
 * The instants an ISO week spans in `zone`: from its Monday's midnight to the next Monday's,
 * computed on the wall clock so a week with a DST change is 167 or 169 hours long.
 */
export function isoWeekInterval(week: string, zone: string): { start: Date; end: Date } {
  const start = DateTime.fromISO(`${week}-1`, { zone });
  if (!start.isValid) throw new RangeError(`no such ISO week: ${week}`);
  return { start: start.toJSDate(), end: start.plus({ weeks: 1 }).toJSDate() };
}
