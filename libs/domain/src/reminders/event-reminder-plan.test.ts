import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import type { ClusterEvent } from '../event';
import {
  eventReminderKey,
  eventReminderOutrun,
  planEventReminders,
  type EventReminderPerson,
} from './event-reminder-plan';

const warsaw = (local: string) =>
  DateTime.fromISO(local, { zone: 'Europe/Warsaw' }).toUTC().toISO() ?? local;
const inWarsaw = (instant: Date) =>
  DateTime.fromJSDate(instant, { zone: 'Europe/Warsaw' }).toFormat("yyyy-MM-dd'T'HH:mm");

function meeting(
  startLocal: string,
  endLocal: string,
): Pick<ClusterEvent, 'id' | 'status' | 'timing'> {
  return {
    id: 'partners-meeting',
    status: 'confirmed',
    timing: {
      allDay: false,
      start: warsaw(startLocal),
      end: warsaw(endLocal),
      timeZone: 'Europe/Warsaw',
    },
  };
}

const ola: EventReminderPerson = { personId: 'p-ola', timeZone: 'Europe/Warsaw', locale: 'pl' };
const ana: EventReminderPerson = { personId: 'p-ana', timeZone: 'Europe/Lisbon', locale: 'en' };

describe('the reminder plan of an event', () => {
  it('reminds each person going 24 hours and 1 hour before the start, soonest first', () => {
    const event = meeting('2026-12-10T10:00', '2026-12-10T11:30');
    const plan = planEventReminders(event, [ola, ana], { now: new Date('2026-12-01T00:00:00Z') });
    expect(plan.map((reminder) => [inWarsaw(reminder.at), reminder.person.personId])).toEqual([
      ['2026-12-09T10:00', 'p-ana'],
      ['2026-12-09T10:00', 'p-ola'],
      ['2026-12-10T09:00', 'p-ana'],
      ['2026-12-10T09:00', 'p-ola'],
    ]);
    expect(plan[0]?.key).toBe(
      eventReminderKey('partners-meeting', '2026-12-10T09:00:00.000Z', 24, 'p-ana'),
    );
  });

  it('counts hours across the end of summer time: a 09:00 Sunday meeting is reminded at 10:00 on Saturday', () => {
    // Warsaw leaves summer time at 03:00 on 25 October 2026.
    const plan = planEventReminders(meeting('2026-10-25T09:00', '2026-10-25T10:00'), [ola], {
      now: new Date('2026-10-20T00:00:00Z'),
    });
    expect(plan.map((reminder) => inWarsaw(reminder.at))).toEqual([
      '2026-10-24T10:00',
      '2026-10-25T08:00',
    ]);
    const monday = planEventReminders(meeting('2026-10-26T09:00', '2026-10-26T10:00'), [ola], {
      now: new Date('2026-10-20T00:00:00Z'),
    });
    expect(monday.map((reminder) => inWarsaw(reminder.at))).toEqual([
      '2026-10-25T09:00',
      '2026-10-26T08:00',
    ]);
  });

  it('keeps a reminder due early in the morning: quiet hours do not apply to a meeting', () => {
    const plan = planEventReminders(meeting('2027-03-28T07:30', '2027-03-28T08:30'), [ola], {
      now: new Date('2027-03-20T00:00:00Z'),
    });
    // Summer time begins on 28 March 2027: 24 hours before 07:30 that day is 06:30 on Saturday.
    expect(plan.map((reminder) => inWarsaw(reminder.at))).toEqual([
      '2027-03-27T06:30',
      '2027-03-28T06:30',
    ]);
  });

  it('leaves out reminders already past, and plans nothing for a cancelled or all-day event', () => {
    const event = meeting('2026-12-10T10:00', '2026-12-10T11:30');
    const late = planEventReminders(event, [ola], { now: new Date(warsaw('2026-12-09T18:00')) });
    expect(late.map((reminder) => reminder.offsetHours)).toEqual([1]);
    expect(
      planEventReminders({ ...event, status: 'cancelled' }, [ola], {
        now: new Date('2026-12-01T00:00:00Z'),
      }),
    ).toEqual([]);
    expect(
      planEventReminders(
        { ...event, timing: { allDay: true, startDate: '2026-12-10', endDate: '2026-12-11' } },
        [ola],
        { now: new Date('2026-12-01T00:00:00Z') },
      ),
    ).toEqual([]);
  });

  it('gives a moved event new keys, and the same plan the same keys', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const before = planEventReminders(meeting('2026-12-10T10:00', '2026-12-10T11:30'), [ola], {
      now,
    });
    const again = planEventReminders(meeting('2026-12-10T10:00', '2026-12-10T11:30'), [ola], {
      now,
    });
    const moved = planEventReminders(meeting('2026-12-11T10:00', '2026-12-11T11:30'), [ola], {
      now,
    });
    expect(again.map((reminder) => reminder.key)).toEqual(before.map((reminder) => reminder.key));
    expect(moved.some((reminder) => before.some((old) => old.key === reminder.key))).toBe(false);
  });

  it('tells a reminder outrun by the start or by a closer reminder that is due too', () => {
    const start = warsaw('2026-12-10T10:00');
    const due24 = { start, offsetHours: 24 };
    expect(eventReminderOutrun(due24, new Date(warsaw('2026-12-09T10:05')))).toBe(false);
    expect(eventReminderOutrun(due24, new Date(warsaw('2026-12-10T09:10')))).toBe(true);
    expect(
      eventReminderOutrun({ start, offsetHours: 1 }, new Date(warsaw('2026-12-10T09:10'))),
    ).toBe(false);
    expect(
      eventReminderOutrun({ start, offsetHours: 1 }, new Date(warsaw('2026-12-10T10:00'))),
    ).toBe(true);
  });
});
