import { DateTime } from 'luxon';

/** A wall-clock time `YYYY-MM-DDTHH:mm`, as people and funders write it, with no zone. */
export type LocalDateTime = string;

/**
 * Why a written time cannot be used. `in-dst-gap`: the clock skips it that night (spring);
 * `ambiguous`: the clock shows it twice that night (autumn) — Glokal never guesses which.
 */
export type LocalTimeProblem = 'unreadable' | 'no-such-date' | 'in-dst-gap' | 'ambiguous';

export type LocalTimeCheck =
  { ok: true; local: LocalDateTime; instant: Date } | { ok: false; code: LocalTimeProblem };

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function formatLocal(clock: WallClock): LocalDateTime {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${String(clock.year).padStart(4, '0')}-${two(clock.month)}-${two(clock.day)}T${two(clock.hour)}:${two(clock.minute)}`;
}

/**
 * The one instant a wall-clock time names in `zone`, or why there is none: a date that does
 * not exist (31 February), a time the clock skips (the spring DST gap) or shows twice (the
 * autumn hour). Luxon's `getPossibleOffsets` answers the last two from the zone's rules.
 */
export function checkWallClock(clock: WallClock, zone: string): LocalTimeCheck {
  const { year, month, day, hour, minute } = clock;
  const date = DateTime.fromObject({ year, month, day }, { zone: 'UTC' });
  if (!date.isValid || hour > 23 || minute > 59) return { ok: false, code: 'no-such-date' };
  const local = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  if (!local.isValid) return { ok: false, code: 'unreadable' };
  const possible = local.getPossibleOffsets();
  if (possible.length === 0) return { ok: false, code: 'in-dst-gap' };
  if (possible.length > 1) return { ok: false, code: 'ambiguous' };
  const [only] = possible;
  if (!only || only.hour !== hour || only.minute !== minute)
    return { ok: false, code: 'in-dst-gap' };
  return { ok: true, local: formatLocal(clock), instant: only.toJSDate() };
}

/** Checks a stored `YYYY-MM-DDTHH:mm` against `zone` (see `checkWallClock`). */
export function checkLocalDateTime(local: string, zone: string): LocalTimeCheck {
  const match = localPattern.exec(local);
  if (!match) return { ok: false, code: 'unreadable' };
  const [, year, month, day, hour, minute] = match.map(Number);
  return checkWallClock(
    { year: year!, month: month!, day: day!, hour: hour!, minute: minute! },
    zone,
  );
}

/** Today's calendar date and time in `zone`, as a wall clock. */
export function wallClockAt(instant: Date, zone: string): WallClock {
  const at = DateTime.fromJSDate(instant, { zone });
  return { year: at.year, month: at.month, day: at.day, hour: at.hour, minute: at.minute };
}
