import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { GrantCall } from '../grant-call';
import { readReminderOffsets, reminderOffsetsText } from './reminder-offsets';
import { planReminders, type ReminderTarget } from './reminder-plan';

describe('reading reminder offsets as a coordinator types them', () => {
  it('reads days and hours with short units, most distant first, each once', () => {
    expect(readReminderOffsets('7d, 30d, 14d, 7d, 3h')).toEqual({
      ok: true,
      offsets: { days: [30, 14, 7], hours: [3] },
    });
  });

  it('reads Polish and English words, and gives bare numbers the unit written after them', () => {
    expect(readReminderOffsets('60, 30 i 7 dni oraz 2 godziny')).toEqual({
      ok: true,
      offsets: { days: [60, 30, 7], hours: [2] },
    });
    expect(readReminderOffsets('14 days, 1 day and 6 hours')).toEqual({
      ok: true,
      offsets: { days: [14, 1], hours: [6] },
    });
    expect(readReminderOffsets('2 dzień 5 godz')).toEqual({
      ok: true,
      offsets: { days: [2], hours: [5] },
    });
  });

  it('takes an empty field or "default" / "domyślne" as the default policy', () => {
    expect(readReminderOffsets('  ')).toEqual({ ok: true, offsets: undefined });
    expect(readReminderOffsets('Domyślne')).toEqual({ ok: true, offsets: undefined });
    expect(readReminderOffsets('default')).toEqual({ ok: true, offsets: undefined });
  });

  it('refuses what it cannot read, says which limit a number breaks, and caps the count', () => {
    expect(readReminderOffsets('soon')).toMatchObject({ ok: false, code: 'unreadable' });
    expect(readReminderOffsets('30, 14')).toMatchObject({ ok: false, code: 'unreadable' });
    expect(readReminderOffsets('3 weeks')).toMatchObject({ ok: false, code: 'unreadable' });
    expect(readReminderOffsets('400d')).toMatchObject({ ok: false, code: 'days-out-of-range' });
    expect(readReminderOffsets('0d')).toMatchObject({ ok: false, code: 'days-out-of-range' });
    expect(readReminderOffsets('48h')).toMatchObject({ ok: false, code: 'hours-out-of-range' });
    expect(readReminderOffsets('1 2 3 4 5 6 7 8 9 10 11 dni')).toMatchObject({
      ok: false,
      code: 'too-many',
    });
  });

  it('writes offsets back in the form it reads', () => {
    const offsets = { days: [30, 14, 7, 3, 1], hours: [3] };
    expect(reminderOffsetsText(offsets)).toBe('30d, 14d, 7d, 3d, 1d, 3h');
    expect(readReminderOffsets(reminderOffsetsText(offsets))).toEqual({ ok: true, offsets });
  });
});

describe('whose offsets a reminder follows', () => {
  const call = GrantCall.parse({
    id: 'interreg-baltic',
    programme: 'Interreg',
    title: 'Baltic Sea Region',
    deadline: { local: '2027-05-20T17:00', timeZone: 'Europe/Brussels' },
  });
  const channel: ReminderTarget = {
    kind: 'channel',
    platform: 'discord',
    workspaceId: 'G1',
    channelId: 'C1',
    locale: 'en',
    offsets: { days: [7], hours: [] },
  };
  const person: ReminderTarget = {
    kind: 'person',
    personId: 'p-1',
    timeZone: 'Europe/Warsaw',
    locale: 'pl',
  };
  const now = new Date('2027-01-01T00:00:00Z');
  const days = (plan: ReturnType<typeof planReminders>) =>
    plan.map((reminder) =>
      DateTime.fromJSDate(reminder.at, { zone: 'Europe/Brussels' }).toFormat('MM-dd HH:mm'),
    );

  it("uses a channel's own offsets for that channel and the default for followers", () => {
    expect(days(planReminders(call, [channel], { now }))).toEqual(['05-13 17:00']);
    expect(planReminders(call, [person], { now })).toHaveLength(6);
  });

  it("lets a call's own offsets win over the channel's, for everyone", () => {
    const chosen = GrantCall.parse({ ...call, reminderOffsets: { days: [60, 2], hours: [] } });
    expect(days(planReminders(chosen, [channel], { now }))).toEqual(['03-21 17:00', '05-18 17:00']);
    expect(days(planReminders(chosen, [person], { now }))).toEqual(['03-21 17:00', '05-18 17:00']);
  });
});
