import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterEvent, type WorkingHours } from '@glokal/domain';
import { createGoogleAuth, createGoogleFreeBusy } from '@glokal/google';
import type { FreeSlotsJob } from '@glokal/queue';
import { startFakeGoogle, type FakeGoogle } from '@glokal/testing/google';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ConfiguredFreeBusy } from '../google/google-sources';
import { suggestFreeSlots } from './suggest-free-slots';

const calendarId = 'klaster@group.calendar.google.com';
const workingHours: WorkingHours = {
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  zone: 'Europe/Warsaw',
};
const warsaw = (local: string) => ({ dateTime: `${local}:00+01:00`, timeZone: 'Europe/Warsaw' });

let fake: FakeGoogle;
let test: TestStore;
let freeBusy: ConfiguredFreeBusy;

/** Monday 7 December 2026, 08:00 in Warsaw: a coordinator asks for an hour with three people. */
const request: FreeSlotsJob = {
  key: 'free-slots:test:1',
  platform: 'slack',
  workspaceId: 'T1',
  coordinator: { userId: 'U-KOORD', timeZone: 'Europe/Warsaw', locale: 'pl' },
  lengthMinutes: 60,
  invitees: ['U-ANNA', 'U-PIOTR', 'U-OBCY'],
  askedAt: '2026-12-07T07:00:00.000Z',
};

beforeAll(async () => {
  fake = await startFakeGoogle({ accessTokens: ['ya29.test-token'] });
  fake.calendar.ensureCalendar(calendarId);
  const auth = await createGoogleAuth({ kind: 'access-token', accessToken: 'ya29.test-token' });
  freeBusy = { calendarId, source: createGoogleFreeBusy({ auth, rootUrl: fake.rootUrl }) };
  test = await createTestStore();
  const { store } = test;
  const people = {
    koord: await store.people.ensure({ platform: 'slack', userId: 'U-KOORD' }, 'Koordynatorka'),
    anna: await store.people.ensure({ platform: 'slack', userId: 'U-ANNA' }, 'Anna'),
    obcy: await store.people.ensure({ platform: 'slack', userId: 'U-OBCY' }, 'Obcy'),
  };
  await store.people.setEmail(people.koord.id, 'koord@klaster.example.pl');
  await store.people.setEmail(people.anna.id, 'anna@sp12.example.pl');
  // Google does not show this calendar to the cluster's account: free/busy says notFound.
  await store.people.setEmail(people.obcy.id, 'obcy@example.com');
  // Anna is busy 09:00-11:00, the coordinator 11:00-11:30 (Warsaw).
  fake.freeBusy.setBusy('anna@sp12.example.pl', [
    { start: '2026-12-07T08:00:00Z', end: '2026-12-07T10:00:00Z' },
  ]);
  fake.freeBusy.setBusy('koord@klaster.example.pl', [
    { start: '2026-12-07T10:00:00Z', end: '2026-12-07T10:30:00Z' },
  ]);
  // The cluster's seminar 12:00-13:00, stored and in Google; and 14:00-14:30 in Google only.
  await store.events.upsert([
    ClusterEvent.parse({
      id: 'seminarium-erasmus',
      title: 'Seminarium Erasmus+',
      kind: 'seminar',
      timing: {
        allDay: false,
        start: '2026-12-07T11:00:00.000Z',
        end: '2026-12-07T12:00:00.000Z',
        timeZone: 'Europe/Warsaw',
      },
      source: 'google',
      revision: 1,
      updatedAt: '2026-12-01T08:00:00Z',
    }),
  ]);
  fake.calendar.addEvent(calendarId, {
    start: warsaw('2026-12-07T12:00'),
    end: warsaw('2026-12-07T13:00'),
  });
  fake.calendar.addEvent(calendarId, {
    start: warsaw('2026-12-07T14:00'),
    end: warsaw('2026-12-07T14:30'),
  });
});
afterAll(async () => {
  await Promise.all([fake.close(), test?.close()]);
});

const slotsOf = (suggestion: Awaited<ReturnType<typeof suggestFreeSlots>>) =>
  suggestion.result.ok
    ? suggestion.result.slots.map((slot) => ({
        start: slot.start.toISOString(),
        clashes: slot.clashes.map((clash) => clash.title),
      }))
    : suggestion.result.code;

describe('free times for a coordinator, from Google free/busy', () => {
  it('offers the first five hours everyone asked is free, naming the cluster events they overlap', async () => {
    const suggestion = await suggestFreeSlots(request, {
      store: test.store,
      freeBusy,
      workingHours,
    });
    expect(slotsOf(suggestion)).toEqual([
      // 11:30-12:30 and the next two overlap the seminar; 13:30-14:30 a busy stretch not synced yet.
      { start: '2026-12-07T10:30:00.000Z', clashes: ['Seminarium Erasmus+'] },
      { start: '2026-12-07T11:00:00.000Z', clashes: ['Seminarium Erasmus+'] },
      { start: '2026-12-07T11:30:00.000Z', clashes: ['Seminarium Erasmus+'] },
      { start: '2026-12-07T12:00:00.000Z', clashes: [] },
      { start: '2026-12-07T12:30:00.000Z', clashes: [''] },
    ]);
    expect(suggestion).toMatchObject({
      checked: ['U-KOORD', 'U-ANNA'],
      notChecked: ['U-PIOTR', 'U-OBCY'],
      calendarChecked: true,
    });
    // One question to Google for the calendar and the three known e-mails.
    expect(
      fake.requests.filter((item) => item.path === '/calendar/v3/freeBusy' && item.status === 200),
    ).toHaveLength(1);
  });

  it('without a Google calendar, offers working hours around the stored cluster events only', async () => {
    const suggestion = await suggestFreeSlots(request, {
      store: test.store,
      freeBusy: undefined,
      workingHours,
    });
    expect(slotsOf(suggestion)).toEqual([
      { start: '2026-12-07T08:00:00.000Z', clashes: [] },
      { start: '2026-12-07T08:30:00.000Z', clashes: [] },
      { start: '2026-12-07T09:00:00.000Z', clashes: [] },
      { start: '2026-12-07T09:30:00.000Z', clashes: [] },
      { start: '2026-12-07T10:00:00.000Z', clashes: [] },
    ]);
    expect(suggestion).toMatchObject({
      checked: [],
      notChecked: ['U-ANNA', 'U-PIOTR', 'U-OBCY'],
      calendarChecked: false,
    });
  });

  it('says a meeting longer than the working day fits nowhere, without asking for whom', async () => {
    const suggestion = await suggestFreeSlots(
      { ...request, lengthMinutes: 9 * 60 },
      { store: test.store, freeBusy, workingHours },
    );
    expect(suggestion.result).toEqual({
      ok: false,
      code: 'longer-than-working-day',
      workingDayMinutes: 480,
    });
  });
});
