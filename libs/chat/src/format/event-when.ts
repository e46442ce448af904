import { DateTime } from 'luxon';
import type { ClusterEvent, EventTiming, Translator } from '@glokal/domain';
import { intlLocale } from './intl-locale';

/** The calendar day before a date `YYYY-MM-DD` (calendar days: no zone, no DST). */
function previousDay(date: string): string {
  const day = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(day) ? date : new Date(day - 86_400_000).toISOString().slice(0, 10);
}

/**
 * When an event happens, in the viewer's zone and words: all-day events as dates (a range
 * when they last several days), timed events as a date with start and end times, or two
 * dates and times when they cross midnight there.
 */
export function eventWhen(timing: EventTiming, t: Translator): string {
  if (timing.allDay) {
    const last = previousDay(timing.endDate);
    if (last <= timing.startDate) return `${t.date(timing.startDate)} · ${t.t('events:all_day')}`;
    return t.t('events:range', { start: t.date(timing.startDate), end: t.date(last) });
  }
  const start = new Date(timing.start);
  const end = new Date(timing.end);
  const startDay = t.localDate(start);
  if (startDay === t.localDate(new Date(end.getTime() - 1))) {
    return t.t('events:time_range', {
      date: t.date(startDay),
      start: t.time(start),
      end: t.time(end),
    });
  }
  return t.t('events:range', { start: t.dateTime(start), end: t.dateTime(end) });
}

/**
 * The event's own local time when it differs from what the viewer sees (a Lisbon exchange
 * seen from Warsaw), e.g. "10:00–16:00 (Europe/Lisbon)"; undefined when it would say the same.
 */
export function eventLocalTime(event: ClusterEvent, t: Translator): string | undefined {
  const timing = event.timing;
  if (timing.allDay || timing.timeZone === t.timeZone) return undefined;
  const viewer = DateTime.fromISO(timing.start, { zone: t.timeZone });
  const own = DateTime.fromISO(timing.start, { zone: timing.timeZone });
  if (viewer.offset === own.offset) return undefined;
  const inOwnZone = (instant: string) =>
    DateTime.fromISO(instant, { zone: timing.timeZone })
      .setLocale(intlLocale(t.locale))
      .toLocaleString(DateTime.TIME_24_SIMPLE);
  return t.t('events:local_time', {
    time: `${inOwnZone(timing.start)}–${inOwnZone(timing.end)}`,
    zone: timing.timeZone,
  });
}
