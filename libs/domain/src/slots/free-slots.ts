import { DateTime } from 'luxon';

/** A calendar date `YYYY-MM-DD`. */
type CalendarDate = string;
import { checkWallClock, wallClockAt } from '../when/local-time';
import { polishHolidayOn } from './polish-holidays';
import { minutesOfDay, type WorkingHours } from './working-hours';

/** A stretch of time, start included, end excluded. */
export interface TimeInterval {
  start: Date;
  end: Date;
}

/** Something on the cluster's calendar a slot may overlap: it does not block, it is named. */
export interface NamedInterval extends TimeInterval {
  title: string;
  id?: string;
}

export interface FreeSlot extends TimeInterval {
  /** Cluster events the slot overlaps, by start. */
  clashes: NamedInterval[];
}

export interface FreeSlotsRequest {
  /** When someone asked for is busy: no slot overlaps these. */
  busy: readonly TimeInterval[];
  /** Slots start at or after this instant … */
  from: Date;
  /** … and end by this one (what is known of the calendars ends here). */
  until: Date;
  /** The meeting's length, in minutes (real minutes: a 60-minute meeting lasts an hour). */
  lengthMinutes: number;
  workingHours: WorkingHours;
  /** The holiday on a date (`YYYY-MM-DD` in the working zone), if any; Polish ones by default. */
  holidays?: (date: CalendarDate) => string | undefined;
  /** How many slots at most. */
  count: number;
  /** Slots start on the wall clock's multiples of this many minutes (default 30). */
  stepMinutes?: number;
  /** Cluster events, named where a slot overlaps them. */
  clashWith?: readonly NamedInterval[];
}

/**
 * `longer-than-working-day`: the meeting does not fit into one working day at all.
 * `none-free`: no working time before `until` is free for that long.
 */
export type FreeSlotsResult =
  | { ok: true; slots: FreeSlot[]; skippedHolidays: { date: CalendarDate; holiday: string }[] }
  | { ok: false; code: 'longer-than-working-day'; workingDayMinutes: number }
  | { ok: false; code: 'none-free'; until: Date };

const MINUTE_MS = 60_000;

function overlaps(a: TimeInterval, b: TimeInterval): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

/** The instant of a wall-clock minute of `date` in `zone` (24:00 is the next midnight). */
function instantOf(date: DateTime, minuteOfDay: number, zone: string): Date {
  const day = date.plus({ days: Math.floor(minuteOfDay / 1440) });
  const minutes = minuteOfDay % 1440;
  return DateTime.fromObject(
    {
      year: day.year,
      month: day.month,
      day: day.day,
      hour: Math.floor(minutes / 60),
      minute: minutes % 60,
    },
    { zone },
  ).toJSDate();
}

/**
 * The first `count` free slots of a meeting: on working days (not holidays) within working
 * hours on the zone's wall clock, starting on a multiple of `stepMinutes` of that clock, free of
 * every busy stretch. Days are calendar days and times wall-clock times read by Luxon, so
 * 09:00 stays 09:00 local across a DST change; a start the clock skips or shows twice that night
 * is left out, never guessed.
 */
export function freeSlots(request: FreeSlotsRequest): FreeSlotsResult {
  const { workingHours, lengthMinutes, count, from, until } = request;
  const step = request.stepMinutes ?? 30;
  if (!(lengthMinutes > 0) || !(step > 0) || !(count > 0))
    throw new RangeError('length, step and count must be positive');
  const startMinute = minutesOfDay(workingHours.start);
  const endMinute = minutesOfDay(workingHours.end);
  if (startMinute === undefined || endMinute === undefined || endMinute <= startMinute)
    throw new RangeError(`not a working day: ${workingHours.start}-${workingHours.end}`);
  const workingDayMinutes = endMinute - startMinute;
  if (lengthMinutes > workingDayMinutes)
    return { ok: false, code: 'longer-than-working-day', workingDayMinutes };

  const holidayOn = request.holidays ?? polishHolidayOn;
  const busy = [...request.busy].sort((a, b) => a.start.getTime() - b.start.getTime());
  const clashWith = [...(request.clashWith ?? [])].sort(
    (a, b) => a.start.getTime() - b.start.getTime(),
  );
  const zone = workingHours.zone;
  const firstDay = wallClockAt(from, zone);
  const lastDay = wallClockAt(until, zone);
  // Calendar dates, walked in UTC so that a day is always a day; the zone enters only below.
  let date = DateTime.fromObject(
    { year: firstDay.year, month: firstDay.month, day: firstDay.day },
    { zone: 'UTC' },
  );
  const last = DateTime.fromObject(
    { year: lastDay.year, month: lastDay.month, day: lastDay.day },
    { zone: 'UTC' },
  );
  const slots: FreeSlot[] = [];
  const skippedHolidays: { date: CalendarDate; holiday: string }[] = [];
  const firstCandidate = Math.ceil(startMinute / step) * step;

  for (; date <= last && slots.length < count; date = date.plus({ days: 1 })) {
    if (!workingHours.days.includes(date.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7)) continue;
    const calendarDate = date.toISODate() ?? '';
    const holiday = holidayOn(calendarDate);
    if (holiday) {
      skippedHolidays.push({ date: calendarDate, holiday });
      continue;
    }
    const dayEnd = instantOf(date, endMinute, zone).getTime();
    for (let minute = firstCandidate; minute < endMinute && slots.length < count; minute += step) {
      const wall = checkWallClock(
        {
          year: date.year,
          month: date.month,
          day: date.day,
          hour: Math.floor(minute / 60),
          minute: minute % 60,
        },
        zone,
      );
      if (!wall.ok) continue;
      const slot = {
        start: wall.instant,
        end: new Date(wall.instant.getTime() + lengthMinutes * MINUTE_MS),
      };
      if (slot.end.getTime() > dayEnd) break;
      if (slot.start.getTime() < from.getTime()) continue;
      if (slot.end.getTime() > until.getTime()) break;
      if (busy.some((block) => overlaps(block, slot))) continue;
      slots.push({ ...slot, clashes: clashWith.filter((event) => overlaps(event, slot)) });
    }
  }
  if (slots.length === 0) return { ok: false, code: 'none-free', until };
  return { ok: true, slots, skippedHolidays };
}
