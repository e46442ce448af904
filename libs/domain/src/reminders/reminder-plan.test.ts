import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import type { GrantCall } from '../grant-call';
import {
  beforeDeadline,
  missedReminders,
  outsideQuietHours,
  planReminders,
  type ReminderTarget,
} from './reminder-plan';

const call: GrantCall = {
  id: 'ka220-vet-2027',
  programme: 'Erasmus+ KA2',
  title: 'Cooperation partnerships in VET',
  deadline: { local: '2027-04-02T12:00', timeZone: 'Europe/Brussels' },
  status: 'open',
};
const channel: ReminderTarget = {
  kind: 'channel',
  platform: 'slack',
  workspaceId: 'T1',
  channelId: 'C-GRANTS',
  locale: 'pl',
};
const lisbon: ReminderTarget = {
  kind: 'person',
  personId: 'p-ana',
  timeZone: 'Europe/Lisbon',
  locale: 'en',
};

const brussels = (instant: Date) =>
  DateTime.fromJSDate(instant, { zone: 'Europe/Brussels' }).toFormat("yyyy-MM-dd'T'HH:mm");

describe('the reminder plan of a grant call', () => {
  it('reminds 30, 14, 7, 3 and 1 days and 3 hours before, at the deadline time in its own zone', () => {
    const plan = planReminders(call, [channel], { now: new Date('2027-01-01T00:00:00Z') });
    expect(plan.map((reminder) => brussels(reminder.at))).toEqual([
      '2027-03-03T12:00',
      '2027-03-19T12:00',
      '2027-03-26T12:00',
      '2027-03-30T12:00',
      '2027-04-01T12:00',
      '2027-04-02T09:00',
    ]);
  });

  it('keeps the time of day across the spring DST change (a week before is 12:00 too)', () => {
    // Brussels moves to summer time on 28 March 2027: 26 March is UTC+1, 2 April UTC+2.
    expect(beforeDeadline(call.deadline, { unit: 'days', amount: 7 })).toEqual(
      new Date('2027-03-26T11:00:00Z'),
    );
    expect(beforeDeadline(call.deadline, { unit: 'hours', amount: 3 })).toEqual(
      new Date('2027-04-02T07:00:00Z'),
    );
  });

  it('plans only what is still to come: a new call or an extension sends no burst of old reminders', () => {
    const plan = planReminders(call, [channel], { now: new Date('2027-03-28T00:00:00Z') });
    expect(plan.map((reminder) => reminder.offset)).toEqual([
      { unit: 'days', amount: 3 },
      { unit: 'days', amount: 1 },
      { unit: 'hours', amount: 3 },
    ]);
  });

  it('gives every reminder a key of its own that changes when the deadline does', () => {
    const now = new Date('2027-01-01T00:00:00Z');
    const plan = planReminders(call, [channel, lisbon], { now });
    expect(new Set(plan.map((reminder) => reminder.key)).size).toBe(plan.length);
    const extended = planReminders(
      { ...call, deadline: { local: '2027-04-09T12:00', timeZone: 'Europe/Brussels' } },
      [channel],
      { now },
    );
    const before = new Set(plan.map((reminder) => reminder.key));
    expect(extended.some((reminder) => before.has(reminder.key))).toBe(false);
    expect(plan.find((reminder) => reminder.target.kind === 'channel')?.key).toBe(
      'reminder:ka220-vet-2027:deadline:2027-04-02T12:00@Europe/Brussels:30d:slack:C-GRANTS',
    );
  });

  it('plans nothing for a closed or cancelled call', () => {
    for (const status of ['closed', 'cancelled'] as const)
      expect(
        planReminders({ ...call, status }, [channel], { now: new Date('2027-01-01T00:00:00Z') }),
      ).toEqual([]);
  });

  it('reminds of the internal deadline too, and follows a channel’s own offsets', () => {
    const withInternal: GrantCall = {
      ...call,
      internalDeadline: { local: '2027-03-26T17:00', timeZone: 'Europe/Brussels' },
    };
    const plan = planReminders(withInternal, [{ ...channel, offsets: { days: [1], hours: [] } }], {
      now: new Date('2027-01-01T00:00:00Z'),
    });
    expect(plan.map((reminder) => [reminder.which, brussels(reminder.at)])).toEqual([
      ['internal', '2027-03-25T17:00'],
      ['deadline', '2027-04-01T12:00'],
    ]);
  });
});

describe('quiet hours for direct messages', () => {
  it('moves a reminder due in the person’s night to 08:00 their time', () => {
    // 17:00 Brussels is 16:00 Lisbon (day), but a 23:00 Brussels deadline's 3-hours reminder
    // is at 19:00 Lisbon; a 06:00 Brussels deadline's day reminders are at 05:00 Lisbon.
    const early: GrantCall = {
      ...call,
      deadline: { local: '2027-04-02T06:00', timeZone: 'Europe/Brussels' },
    };
    const plan = planReminders(early, [lisbon], { now: new Date('2027-01-01T00:00:00Z') });
    const lisbonTimes = plan.map((reminder) =>
      DateTime.fromJSDate(reminder.at, { zone: 'Europe/Lisbon' }).toFormat('MM-dd HH:mm'),
    );
    expect(lisbonTimes).toEqual([
      '03-03 08:00',
      '03-19 08:00',
      '03-26 08:00',
      '03-30 08:00',
      '04-01 08:00',
      '04-02 02:00',
    ]);
    expect(plan.at(-1)?.movedFromNight).toBe(false);
  });

  it('moves an evening reminder to the next morning, never past the deadline', () => {
    const deadline = new Date('2027-04-02T10:00:00Z');
    expect(outsideQuietHours(new Date('2027-03-30T21:30:00Z'), 'Europe/Warsaw', deadline)).toEqual({
      at: new Date('2027-03-31T06:00:00Z'),
      moved: true,
    });
    const soon = new Date('2027-03-31T05:00:00Z');
    expect(outsideQuietHours(new Date('2027-03-30T21:30:00Z'), 'Europe/Warsaw', soon)).toEqual({
      at: new Date('2027-03-30T21:30:00Z'),
      moved: false,
    });
  });
});

describe('catching up after downtime', () => {
  it('sends the latest missed reminder once, late, and drops older ones', () => {
    const { late, dropped } = missedReminders(call, [channel], {
      since: new Date('2027-03-15T00:00:00Z'),
      now: new Date('2027-03-31T00:00:00Z'),
    });
    expect(late.map((reminder) => reminder.offset)).toEqual([{ unit: 'days', amount: 3 }]);
    expect(dropped.map((reminder) => reminder.offset)).toEqual([
      { unit: 'days', amount: 14 },
      { unit: 'days', amount: 7 },
    ]);
  });

  it('drops everything of a deadline that has passed', () => {
    const { late, dropped } = missedReminders(call, [channel], {
      since: new Date('2027-03-31T00:00:00Z'),
      now: new Date('2027-04-03T00:00:00Z'),
    });
    expect(late).toEqual([]);
    expect(dropped).toHaveLength(2);
  });
});
