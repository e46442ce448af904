import { DateTime } from 'luxon';

/** A calendar date `YYYY-MM-DD`, with no time and no zone. */
type CalendarDate = string;

/** Which public holiday a date is: a stable key, named in words by the messages. */
export type PolishHoliday =
  | 'new-year'
  | 'epiphany'
  | 'easter-sunday'
  | 'easter-monday'
  | 'labour-day'
  | 'constitution-day'
  | 'pentecost'
  | 'corpus-christi'
  | 'assumption'
  | 'all-saints'
  | 'independence-day'
  | 'christmas-eve'
  | 'christmas'
  | 'boxing-day';

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian computus (Meeus/Jones/Butcher).
 * Pure calendar arithmetic on whole numbers: no zone and no clock are involved.
 */
export function easterSunday(year: number): CalendarDate {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`not a Gregorian year: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysAfter(date: CalendarDate, days: number): CalendarDate {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() ?? date;
}

/**
 * The days off work in Poland in `year` (ustawa o dniach wolnych od pracy), by date: the fixed
 * ones, the Easter-based ones (Easter Sunday and Monday, Pentecost Sunday 49 days and Corpus
 * Christi 60 days after Easter), Epiphany since 2011 and Christmas Eve since 2025.
 */
export function polishPublicHolidays(year: number): ReadonlyMap<CalendarDate, PolishHoliday> {
  const easter = easterSunday(year);
  const on = (month: number, day: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const days: [CalendarDate, PolishHoliday][] = [
    [on(1, 1), 'new-year'],
    ...(year >= 2011 ? [[on(1, 6), 'epiphany'] as [CalendarDate, PolishHoliday]] : []),
    [easter, 'easter-sunday'],
    [daysAfter(easter, 1), 'easter-monday'],
    [on(5, 1), 'labour-day'],
    [on(5, 3), 'constitution-day'],
    [daysAfter(easter, 49), 'pentecost'],
    [daysAfter(easter, 60), 'corpus-christi'],
    [on(8, 15), 'assumption'],
    [on(11, 1), 'all-saints'],
    [on(11, 11), 'independence-day'],
    ...(year >= 2025 ? [[on(12, 24), 'christmas-eve'] as [CalendarDate, PolishHoliday]] : []),
    [on(12, 25), 'christmas'],
    [on(12, 26), 'boxing-day'],
  ];
  return new Map(days);
}

const byYear = new Map<number, ReadonlyMap<CalendarDate, PolishHoliday>>();

/** The Polish public holiday on `date` (`YYYY-MM-DD`), if it is one. */
export function polishHolidayOn(date: CalendarDate): PolishHoliday | undefined {
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year) || year < 1583) return undefined;
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays = polishPublicHolidays(year);
    byYear.set(year, holidays);
  }
  return holidays.get(date);
}
