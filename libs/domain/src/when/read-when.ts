import { DateTime } from 'luxon';
import * as chrono from 'chrono-node';
import {
  checkWallClock,
  wallClockAt,
  type LocalDateTime,
  type LocalTimeProblem,
  type WallClock,
} from './local-time';
import { isReadableYear } from './readable-years';

/** Where and when a person writes: their zone and the current instant. */
export interface WritingContext {
  zone: string;
  now: Date;
}

export type ReadProblem = LocalTimeProblem | 'missing-time';

export type ReadDateTime =
  { ok: true; local: LocalDateTime; instant: Date } | { ok: false; code: ReadProblem };

export type ReadDate =
  { ok: true; date: string } | { ok: false; code: 'unreadable' | 'no-such-date' };

export type ReadTime =
  { ok: true; hour: number; minute: number } | { ok: false; code: 'unreadable' };

/** Lower case, no diacritics, single spaces; unlike search folding, keeps `:`, `.`, `-`, `/`. */
function foldWriting(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Polish day words (folded), in days from today. Maps, so `constructor` names no day. */
const relativeDays = new Map<string, number>(
  Object.entries({ dzis: 0, dzisiaj: 0, jutro: 1, pojutrze: 2, today: 0, tomorrow: 1 }),
);

/** Polish weekday names (folded, as written after "w"/"we" too), ISO weekday numbers. */
const weekdays = new Map<string, number>(
  Object.entries({
    poniedzialek: 1,
    wtorek: 2,
    sroda: 3,
    srode: 3,
    czwartek: 4,
    piatek: 5,
    sobota: 6,
    sobote: 6,
    niedziela: 7,
    niedziele: 7,
  }),
);

const numericDate = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const dottedDate = /^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{4}))?\.?$/;
const clockTime = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/;

function isRealDay(day: CalendarDay): boolean {
  return DateTime.fromObject(day, { zone: 'UTC' }).isValid;
}

/** A written day that exists, or why not: no such day, or a year Glokal does not read. */
function writtenDay(day: CalendarDay): CalendarDay | 'no-such-date' | 'unreadable' {
  if (!isRealDay(day)) return 'no-such-date';
  return isReadableYear(day.year) ? day : 'unreadable';
}

/** `14:30`, `14.30`, `14`, `10am`, `2:30 pm`, after an optional `o`, `at`, `godz.`. */
export function readTime(text: string): ReadTime {
  const folded = foldWriting(text)
    .replace(/^(o|at|godz\.?|godzina|godz)\s+/, '')
    .trim();
  const match = clockTime.exec(folded);
  if (!match) return { ok: false, code: 'unreadable' };
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3]?.replace(/\./g, '');
  if (meridiem) {
    if (hour < 1 || hour > 12) return { ok: false, code: 'unreadable' };
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return { ok: false, code: 'unreadable' };
  return { ok: true, hour, minute };
}

function today(context: WritingContext): DateTime {
  return DateTime.fromJSDate(context.now, { zone: context.zone }).startOf('day');
}

/**
 * A day written with digits or a Polish/English day word; undefined when not such a text,
 * `unreadable` when its year is outside `READABLE_YEARS` (`0001-01-01`).
 */
function readDay(
  folded: string,
  context: WritingContext,
): CalendarDay | 'no-such-date' | 'unreadable' | undefined {
  const start = today(context);
  const numeric = numericDate.exec(folded);
  if (numeric) {
    return writtenDay({
      year: Number(numeric[1]),
      month: Number(numeric[2]),
      day: Number(numeric[3]),
    });
  }
  const dotted = dottedDate.exec(folded);
  if (dotted) {
    const month = Number(dotted[2]);
    const day = Number(dotted[1]);
    if (dotted[3]) {
      return writtenDay({ year: Number(dotted[3]), month, day });
    }
    // No year: the next such day from today on (15.03 written in December means March next year).
    for (const year of [start.year, start.year + 1]) {
      const candidate = { year, month, day };
      if (!isRealDay(candidate)) continue;
      if (DateTime.fromObject(candidate, { zone: context.zone }) >= start) return candidate;
    }
    return isRealDay({ year: start.year + 1, month, day }) ? undefined : 'no-such-date';
  }
  const word = folded.replace(/^(w|we)\s+/, '');
  const offset = relativeDays.get(word);
  if (offset !== undefined) {
    const day = start.plus({ days: offset });
    return { year: day.year, month: day.month, day: day.day };
  }
  const weekday = weekdays.get(word);
  if (weekday !== undefined) {
    const day = start.plus({ days: (weekday - start.weekday + 7) % 7 });
    return { year: day.year, month: day.month, day: day.day };
  }
  return undefined;
}

/** Splits `<day> [o|at|,] <time>` at the first space before a time. */
function splitDayAndTime(folded: string): { day: string; time?: string } {
  const match =
    /^(.*?)(?:[ t,]+(?:o|at|godz\.?|godz)?\s*)(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)$/.exec(folded);
  if (match && match[1] && match[2]) return { day: match[1].trim(), time: match[2] };
  return { day: folded };
}

/** English phrases chrono understands ("tomorrow 10am", "next Friday at 9:30"), whole text only. */
function readEnglish(
  text: string,
  context: WritingContext,
): { [K in keyof WallClock]?: number | undefined } | undefined {
  const wall = wallClockAt(context.now, context.zone);
  // chrono reads the reference as a wall clock: give it the person's wall clock as UTC.
  const reference = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute));
  const [result] = chrono.en.GB.parse(
    text,
    { instant: reference, timezone: 0 },
    { forwardDate: true },
  );
  if (!result || result.text.trim().length !== text.trim().length) return undefined;
  const start = result.start;
  const read = (component: 'year' | 'month' | 'day' | 'hour' | 'minute') =>
    start.get(component) ?? undefined;
  return {
    ...(read('year') !== undefined ? { year: read('year') } : {}),
    ...(read('month') !== undefined ? { month: read('month') } : {}),
    ...(read('day') !== undefined ? { day: read('day') } : {}),
    ...(start.isCertain('hour') ? { hour: read('hour'), minute: read('minute') ?? 0 } : {}),
  };
}

/**
 * Reads a date and time as a person writes it in a form, in their zone: `2027-03-15 14:30`,
 * `15.03.2027 14:30`, `15.03 14:30`, `jutro 10:00`, `w piątek 9:30`, `tomorrow 10am`. A time
 * the clock skips or shows twice that day is a problem to report, never a guess.
 */
export function readDateTime(text: string, context: WritingContext): ReadDateTime {
  const folded = foldWriting(text).trim();
  if (folded === '') return { ok: false, code: 'unreadable' };
  const { day: dayText, time: timeText } = splitDayAndTime(folded);
  const day = readDay(dayText, context);
  if (day === 'no-such-date' || day === 'unreadable') return { ok: false, code: day };
  if (day) {
    if (!timeText) return { ok: false, code: 'missing-time' };
    const time = readTime(timeText);
    if (!time.ok) return { ok: false, code: 'unreadable' };
    return checkWallClock({ ...day, hour: time.hour, minute: time.minute }, context.zone);
  }
  const whole = readDay(folded, context);
  if (whole === 'no-such-date' || whole === 'unreadable') return { ok: false, code: whole };
  if (whole) return { ok: false, code: 'missing-time' };
  const english = readEnglish(text, context);
  if (
    !english ||
    english.year === undefined ||
    english.month === undefined ||
    english.day === undefined ||
    !isReadableYear(english.year)
  )
    return { ok: false, code: 'unreadable' };
  if (english.hour === undefined) return { ok: false, code: 'missing-time' };
  return checkWallClock(
    {
      year: english.year,
      month: english.month,
      day: english.day,
      hour: english.hour,
      minute: english.minute ?? 0,
    },
    context.zone,
  );
}

/** Reads a calendar date (`2027-03-15`, `15.03.2027`, `15.03`, `jutro`, `next Monday`). */
export function readDate(text: string, context: WritingContext): ReadDate {
  const folded = foldWriting(text).trim();
  if (folded === '') return { ok: false, code: 'unreadable' };
  const day = readDay(folded, context) ?? readEnglish(text, context);
  if (day === 'no-such-date' || day === 'unreadable') return { ok: false, code: day };
  if (
    !day ||
    day.year === undefined ||
    day.month === undefined ||
    day.day === undefined ||
    !isReadableYear(day.year)
  )
    return { ok: false, code: 'unreadable' };
  const date = DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day },
    { zone: 'UTC' },
  );
  return date.isValid ? { ok: true, date: date.toISODate()! } : { ok: false, code: 'no-such-date' };
}
