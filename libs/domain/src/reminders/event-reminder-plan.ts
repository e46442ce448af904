import type { ClusterEvent } from '../event';
import type { Locale } from '../locale';

/** 24 hours and 1 hour before an event starts. */
export const defaultEventOffsetHours: readonly number[] = [24, 1];

/** Someone who answered "I'm going", as they read a reminder: their zone and language. */
export interface EventReminderPerson {
  personId: string;
  timeZone: string;
  locale: Locale;
}

export interface PlannedEventReminder {
  /**
   * Stable and unique per event, start (as it is now), offset and person: the job id and the
   * delivery key, so a plan made twice schedules once, and a moved event schedules anew.
   */
  key: string;
  eventId: string;
  /** The start the reminder was planned for (ISO, UTC): a moved event makes it stale. */
  start: string;
  offsetHours: number;
  person: EventReminderPerson;
  /** When it goes out. */
  at: Date;
}

const HOUR_MS = 3600_000;

/** The reminder key: everything that tells two reminders of an event apart, readable in logs. */
export function eventReminderKey(
  eventId: string,
  start: string,
  offsetHours: number,
  personId: string,
): string {
  return ['event-reminder', eventId, start, `${offsetHours}h`, `person:${personId}`].join(':');
}

/**
 * Every reminder of an event still to come after `now`, for each person going: a cancelled
 * event has none, nor has an all-day one (it has no hour to count back from). Offsets are
 * hours, not calendar days: "starts in 24 hours" stays true across a DST change. Quiet hours
 * do not apply: a reminder of a 09:00 meeting at 08:00 is the point. Sorted by time, then key.
 */
export function planEventReminders(
  event: Pick<ClusterEvent, 'id' | 'status' | 'timing'>,
  people: readonly EventReminderPerson[],
  options: { now: Date; offsetHours?: readonly number[] },
): PlannedEventReminder[] {
  if (event.status === 'cancelled' || event.timing.allDay) return [];
  const start = new Date(event.timing.start);
  const planned: PlannedEventReminder[] = [];
  for (const offsetHours of options.offsetHours ?? defaultEventOffsetHours) {
    const at = new Date(start.getTime() - offsetHours * HOUR_MS);
    if (at.getTime() <= options.now.getTime()) continue;
    for (const person of people) {
      planned.push({
        key: eventReminderKey(event.id, start.toISOString(), offsetHours, person.personId),
        eventId: event.id,
        start: start.toISOString(),
        offsetHours,
        person,
        at,
      });
    }
  }
  return planned.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}

/**
 * Whether a reminder due at `now` is no longer worth sending: the event has started, or a
 * closer reminder of it is due too (the worker was down), which goes out instead.
 */
export function eventReminderOutrun(
  reminder: { start: string; offsetHours: number },
  now: Date,
  offsetHours: readonly number[] = defaultEventOffsetHours,
): boolean {
  const start = new Date(reminder.start).getTime();
  if (start <= now.getTime()) return true;
  return offsetHours.some(
    (closer) => closer < reminder.offsetHours && start - closer * HOUR_MS <= now.getTime(),
  );
}
