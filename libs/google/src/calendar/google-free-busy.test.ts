import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGoogle, type FakeGoogle } from '@glokal/testing/google';
import { createGoogleAuth } from '../auth/create-google-auth';
import { GoogleApiError } from '../errors/google-failure';
import { createGoogleFreeBusy } from './google-free-busy';

const clusterCalendar = 'klaster@group.calendar.google.com';
const from = new Date('2026-09-01T00:00:00Z');
const to = new Date('2026-09-08T00:00:00Z');

let fake: FakeGoogle;
let freeBusy: ReturnType<typeof createGoogleFreeBusy>;

beforeAll(async () => {
  fake = await startFakeGoogle({ accessTokens: ['ya29.test-token'] });
  fake.calendar.ensureCalendar(clusterCalendar);
  const auth = await createGoogleAuth({ kind: 'access-token', accessToken: 'ya29.test-token' });
  freeBusy = createGoogleFreeBusy({ auth, rootUrl: fake.rootUrl });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.faults.clear();
  fake.freeBusy.clear();
  fake.requests.length = 0;
});

describe('free/busy from Google Calendar', () => {
  it('answers the cluster calendar from its events and people from their calendars', async () => {
    fake.calendar.addEvent(clusterCalendar, {
      start: { dateTime: '2026-09-02T08:00:00Z', timeZone: 'Europe/Warsaw' },
      end: { dateTime: '2026-09-02T10:00:00Z', timeZone: 'Europe/Warsaw' },
    });
    fake.freeBusy.setBusy('anna@sp12.example.pl', [
      { start: '2026-09-03T07:00:00Z', end: '2026-09-03T08:30:00Z' },
    ]);
    const answer = await freeBusy.query(
      [clusterCalendar, 'anna@sp12.example.pl', 'obcy@example.com'],
      from,
      to,
    );
    expect(answer).toEqual(
      new Map([
        [
          clusterCalendar,
          {
            busy: [
              { start: new Date('2026-09-02T08:00:00Z'), end: new Date('2026-09-02T10:00:00Z') },
            ],
          },
        ],
        [
          'anna@sp12.example.pl',
          {
            busy: [
              { start: new Date('2026-09-03T07:00:00Z'), end: new Date('2026-09-03T08:30:00Z') },
            ],
          },
        ],
        ['obcy@example.com', { unknown: 'notFound' }],
      ]),
    );
  });

  it('asks fifty ids a request, as Google allows, and answers every id', async () => {
    const people = Array.from({ length: 60 }, (_, index) => `osoba${index}@example.pl`);
    for (const person of people) fake.freeBusy.setBusy(person, []);
    const answer = await freeBusy.query(people, from, to);
    expect([...answer.keys()]).toEqual(people);
    expect(
      fake.requests.filter((request) => request.path === '/calendar/v3/freeBusy'),
    ).toHaveLength(2);
  });

  it('throws a rate limit classified for the queue to retry, with Google’s Retry-After', async () => {
    fake.faults.failNext(1, '429', { path: /freeBusy/, retryAfterSeconds: 30 });
    const failure = await freeBusy.query([clusterCalendar], from, to).catch((error) => error);
    expect(failure).toBeInstanceOf(GoogleApiError);
    expect((failure as GoogleApiError).failure).toMatchObject({
      code: 'rate-limited',
      retryable: true,
      retryAfterMs: 30_000,
    });
    // The next try goes through.
    const calendarId = 'rada@group.calendar.google.com';
    fake.calendar.ensureCalendar(calendarId);
    expect((await freeBusy.query([calendarId], from, to)).get(calendarId)).toEqual({ busy: [] });
  });
});
