import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CalendarPage } from '@glokal/domain';
import { startFakeGoogle, type FakeGoogle } from '@glokal/testing/google';
import { createGoogleAuth } from '../auth/create-google-auth';
import { GoogleApiError } from '../errors/google-failure';
import { createGoogleCalendarSource } from './google-calendar-source';

const calendarId = 'klaster@group.calendar.google.com';
const window = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };
const noWait = { sleep: async () => undefined, baseDelayMs: 1 };

let fake: FakeGoogle;
let source: ReturnType<typeof createGoogleCalendarSource>;

beforeAll(async () => {
  fake = await startFakeGoogle({ accessTokens: ['ya29.test-token'] });
  const auth = await createGoogleAuth({ kind: 'access-token', accessToken: 'ya29.test-token' });
  source = createGoogleCalendarSource({
    auth,
    rootUrl: fake.rootUrl,
    clusterTimeZone: 'Europe/Warsaw',
    pageSize: 3,
    retry: noWait,
  });
});
afterAll(() => fake.close());

beforeEach(() => {
  fake.faults.clear();
  fake.requests.length = 0;
});

async function listAll(mode: Parameters<typeof source.listEvents>[0]): Promise<CalendarPage[]> {
  const pages: CalendarPage[] = [];
  let pageToken: string | undefined;
  do {
    const page = await source.listEvents({ ...mode, ...(pageToken ? { pageToken } : {}) });
    pages.push(page);
    pageToken = page.status === 'page' ? page.nextPageToken : undefined;
  } while (pageToken);
  return pages;
}

const timed = (day: string, hours: [string, string]) => ({
  start: { dateTime: `2026-${day}T${hours[0]}:00+02:00`, timeZone: 'Europe/Warsaw' },
  end: { dateTime: `2026-${day}T${hours[1]}:00+02:00`, timeZone: 'Europe/Warsaw' },
});

describe('the Google Calendar source, through googleapis', () => {
  it('pages a full listing, with the sync token only on the last page, and recurring events as instances', async () => {
    fake.calendar.ensureCalendar(calendarId);
    fake.calendar.addEvent(calendarId, {
      summary: '[konferencja] Forum edukacji',
      ...timed('06-10', ['09:00', '17:00']),
    });
    fake.calendar.addEvent(calendarId, {
      summary: 'Dzień otwarty',
      start: { date: '2026-06-12' },
      end: { date: '2026-06-13' },
    });
    fake.calendar.addEvent(calendarId, {
      summary: '[szkolenie] Kurs e-learningu',
      recurrence: ['RRULE:FREQ=WEEKLY;COUNT=4'],
      ...timed('10-15', ['16:00', '18:00']),
    });

    const pages = await listAll({ calendarId, mode: 'full', window });
    expect(pages.map((page) => page.status === 'page' && Boolean(page.nextSyncToken))).toEqual([
      false,
      true,
    ]);
    const events = pages.flatMap((page) => (page.status === 'page' ? page.changes : []));
    expect(events).toHaveLength(6);
    const course = events.filter(
      (change) => change.kind === 'upsert' && change.event.kind === 'training',
    );
    expect(course).toHaveLength(4);
    // The series keeps 16:00 Warsaw time across the end of summer time (25 October 2026).
    expect(
      course.map((change) =>
        change.kind === 'upsert' && !change.event.timing.allDay ? change.event.timing.start : '',
      ),
    ).toEqual([
      '2026-10-15T14:00:00.000Z',
      '2026-10-22T14:00:00.000Z',
      '2026-10-29T15:00:00.000Z',
      '2026-11-05T15:00:00.000Z',
    ]);
    const listings = fake.requests.filter((request) => request.path.endsWith('/events'));
    expect(listings.every((request) => request.query.get('singleEvents') === 'true')).toBe(true);
    expect(listings[0]?.query.get('timeMin')).toBe(window.from.toISOString());
  });

  it('asks only for changes since the token, without timeMin, timeMax, q or orderBy, and hears of deletions', async () => {
    const full = await listAll({ calendarId, mode: 'full', window });
    const last = full.at(-1);
    const syncToken = last?.status === 'page' ? last.nextSyncToken : undefined;
    if (!syncToken) throw new Error('no sync token');
    const [first] = fake.calendar.editableIds(calendarId);
    if (!first) throw new Error('no event');
    fake.calendar.deleteEvent(calendarId, first);
    fake.calendar.addEvent(calendarId, {
      summary: 'Nowe spotkanie',
      ...timed('07-01', ['10:00', '11:00']),
    });
    fake.requests.length = 0;

    const changes = (await listAll({ calendarId, mode: 'incremental', syncToken })).flatMap(
      (page) => (page.status === 'page' ? page.changes : []),
    );
    expect(changes).toContainEqual({ kind: 'remove', eventId: first });
    expect(
      changes
        .filter((change) => change.kind === 'upsert')
        .map((change) => change.kind === 'upsert' && change.event.title),
    ).toEqual(['Nowe spotkanie']);
    for (const request of fake.requests) {
      expect(
        ['timeMin', 'timeMax', 'q', 'orderBy'].filter((name) => request.query.has(name)),
      ).toEqual([]);
      expect(request.query.get('singleEvents')).toBe('true');
    }
  });

  it('answers "cursor expired" when Google says 410 fullSyncRequired', async () => {
    const full = await listAll({ calendarId, mode: 'full', window });
    const last = full.at(-1);
    const syncToken = last?.status === 'page' ? (last.nextSyncToken ?? '') : '';
    fake.calendar.expireSyncTokens(calendarId);
    expect(await source.listEvents({ calendarId, mode: 'incremental', syncToken })).toEqual({
      status: 'cursor-expired',
    });
  });

  it('retries 429, 500 and 403 rate limits and then answers the page', async () => {
    fake.faults.failNext(1, '429');
    fake.faults.failNext(1, '500');
    fake.faults.failNext(1, '403-userRateLimitExceeded');
    const page = await source.listEvents({ calendarId, mode: 'full', window });
    expect(page.status).toBe('page');
    expect(fake.requests.map((request) => request.status)).toEqual([429, 500, 403, 200]);
  });

  it('gives up after the last attempt with a classified error', async () => {
    fake.faults.failNext(10, '503');
    const failure = await source
      .listEvents({ calendarId, mode: 'full', window })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GoogleApiError);
    expect(failure instanceof GoogleApiError && failure.failure.code).toBe('unavailable');
  });

  it('does not retry a calendar it may not read', async () => {
    const failure = await source
      .listEvents({ calendarId: 'not-shared@group.calendar.google.com', mode: 'full', window })
      .catch((error: unknown) => error);
    expect(failure instanceof GoogleApiError && failure.failure.code).toBe('not-found');
    expect(fake.requests).toHaveLength(1);
  });
});
