import { DateTime } from 'luxon';
import type { FakeCalendar, FakeEventInput } from '@glokal/testing/google';

/** A small seeded generator, so a failing run can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const titles = [
  'Spotkanie zarządu',
  'Seminarium cyfrowe',
  'Warsztaty robotyki',
  'Szkolenie Erasmus+',
  'Wymiana Lizbona',
  'Konferencja klastra',
];

/** A timed, all-day or weekly event within the sync window (between 3 months back and a year ahead). */
export function randomEvent(random: () => number, now: Date): FakeEventInput {
  const day = DateTime.fromJSDate(now, { zone: 'Europe/Warsaw' })
    .plus({ days: Math.floor(random() * 450) - 90 })
    .startOf('day');
  const summary = `${titles[Math.floor(random() * titles.length)] ?? 'Spotkanie'} ${Math.floor(random() * 1000)}`;
  const kind = random();
  if (kind < 0.2) {
    return {
      summary,
      start: { date: day.toISODate() ?? '' },
      end: { date: day.plus({ days: 1 + Math.floor(random() * 3) }).toISODate() ?? '' },
    };
  }
  const start = day.set({ hour: 8 + Math.floor(random() * 9) });
  const times = {
    start: { dateTime: start.toISO() ?? '', timeZone: 'Europe/Warsaw' },
    end: {
      dateTime: start.plus({ minutes: 30 + 30 * Math.floor(random() * 6) }).toISO() ?? '',
      timeZone: 'Europe/Warsaw',
    },
  };
  return kind < 0.3
    ? { summary, ...times, recurrence: [`RRULE:FREQ=WEEKLY;COUNT=${2 + Math.floor(random() * 4)}`] }
    : { summary, ...times };
}

/** Adds, edits, deletes events and cancels instances at random. */
export function editCalendarAtRandom(
  calendar: FakeCalendar,
  calendarId: string,
  random: () => number,
  now: Date,
  edits: number,
): void {
  for (let edit = 0; edit < edits; edit += 1) {
    const ids = calendar.editableIds(calendarId);
    const pick = ids[Math.floor(random() * ids.length)];
    const roll = random();
    if (roll < 0.4 || !pick) calendar.addEvent(calendarId, randomEvent(random, now));
    else if (roll < 0.65)
      calendar.updateEvent(calendarId, pick, {
        summary: `Zmienione ${Math.floor(random() * 1000)}`,
      });
    else if (roll < 0.85) calendar.deleteEvent(calendarId, pick);
    else {
      const instances = calendar.truth(calendarId).filter((event) => event.recurringEventId);
      const instance = instances[Math.floor(random() * instances.length)];
      if (instance) calendar.cancelInstance(calendarId, instance.id);
      else calendar.updateEvent(calendarId, pick, randomEvent(random, now));
    }
  }
}
