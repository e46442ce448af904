import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CalendarEventDraft, CalendarPage } from '@glokal/domain';
import { startFakeGoogle, type FakeGoogle } from '@glokal/testing/google';
import { createGoogleAuth } from '../auth/create-google-auth';
import { GoogleApiError } from '../errors/google-failure';
import { createGoogleCalendarSource } from './google-calendar-source';
import { createGoogleCalendarWriter } from './google-calendar-writer';

const calendarId = 'spotkania@group.calendar.google.com';
const window = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };

let fake: FakeGoogle;
let writer: ReturnType<typeof createGoogleCalendarWriter>;
/** A writer configured to e-mail no one (`GOOGLE_SEND_UPDATES=none`). */
let quietWriter: ReturnType<typeof createGoogleCalendarWriter>;
let source: ReturnType<typeof createGoogleCalendarSource>;

beforeAll(async () => {
  fake = await startFakeGoogle({ accessTokens: ['ya29.test-token'] });
  fake.calendar.ensureCalendar(calendarId);
  const auth = await createGoogleAuth({ kind: 'access-token', accessToken: 'ya29.test-token' });
  writer = createGoogleCalendarWriter({ auth, rootUrl: fake.rootUrl });
  quietWriter = createGoogleCalendarWriter({ auth, rootUrl: fake.rootUrl, sendUpdates: 'none' });
  source = createGoogleCalendarSource({
    auth,
    rootUrl: fake.rootUrl,
    clusterTimeZone: 'Europe/Warsaw',
    retry: { sleep: async () => undefined },
  });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.faults.clear();
  fake.requests.length = 0;
});

const draft = (id: string, changes: Partial<CalendarEventDraft> = {}): CalendarEventDraft => ({
  id,
  title: 'Rada programowa klastra',
  kind: 'seminar',
  description: 'Plan na drugi semestr',
  location: 'CKZiU Gdańsk, sala 12',
  timing: {
    allDay: false,
    start: '2026-06-10T08:00:00.000Z',
    end: '2026-06-10T09:30:00.000Z',
    timeZone: 'Europe/Warsaw',
  },
  online: false,
  attendees: [],
  ...changes,
});

async function listed(): Promise<CalendarPage> {
  return source.listEvents({ calendarId, mode: 'full', window });
}

async function synced(id: string) {
  const page = await listed();
  const change =
    page.status === 'page'
      ? page.changes.find((item) => item.kind === 'upsert' && item.event.id === id)
      : undefined;
  return change?.kind === 'upsert' ? change.event : undefined;
}

describe('the Google Calendar writer, through googleapis', () => {
  it('inserts under the draft id, and the sync reads the same event back as Glokal’s, kind and all', async () => {
    const written = await writer.insert(calendarId, draft('rada0000001'));
    expect(written.id).toBe('rada0000001');
    expect(written.htmlLink).toMatch(/^https:\/\/www\.google\.com\/calendar\/event\?eid=/);
    expect(written.meetUrl).toBeUndefined();
    const event = await synced('rada0000001');
    expect(event).toMatchObject({
      id: 'rada0000001',
      title: 'Rada programowa klastra',
      kind: 'seminar',
      description: 'Plan na drugi semestr',
      location: 'CKZiU Gdańsk, sala 12',
      timing: draft('x').timing,
      calendarUrl: written.htmlLink,
      source: 'glokal',
      updatedAt: written.updatedAt,
    });
  });

  it('answers the existing event to a repeated insert (409 duplicate): one event in the calendar', async () => {
    const first = await writer.insert(calendarId, draft('rada0000002'));
    const again = await writer.insert(calendarId, draft('rada0000002'));
    expect(again).toEqual(first);
    expect(fake.requests.map((request) => `${request.method} ${request.status}`)).toEqual([
      'POST 200',
      'POST 409',
      'GET 200',
    ]);
    expect(
      fake.calendar.truth(calendarId).filter((event) => event.id === 'rada0000002'),
    ).toHaveLength(1);
  });

  it('asks for a Meet link for an online meeting and answers it', async () => {
    const written = await writer.insert(calendarId, draft('online00001', { online: true }));
    expect(written.meetUrl).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(fake.requests[0]?.query.get('conferenceDataVersion')).toBe('1');
    expect(await synced('online00001')).toMatchObject({ onlineUrl: written.meetUrl });
  });

  it('invites the attendees and tells them of a move and of the cancellation', async () => {
    const attendees = ['anna@szkola.example.pl', 'jan@ckziu.example.pl'];
    await writer.insert(calendarId, draft('goscie00001', { attendees }));
    await writer.patch(calendarId, 'goscie00001', {
      timing: {
        allDay: false,
        start: '2026-06-11T08:00:00.000Z',
        end: '2026-06-11T09:00:00.000Z',
        timeZone: 'Europe/Warsaw',
      },
    });
    await writer.cancel(calendarId, 'goscie00001');
    expect(
      fake.writes.sent
        .filter((sent) => sent.eventId === 'goscie00001')
        .map((sent) => [sent.kind, sent.to]),
    ).toEqual([
      ['invitation', attendees],
      ['update', attendees],
      ['cancellation', attendees],
    ]);
  });

  it('passes the configured sendUpdates on insert, patch and cancel: none mails no one', async () => {
    const attendees = ['anna@szkola.example.pl'];
    await quietWriter.insert(calendarId, draft('cicho000001', { attendees }));
    await quietWriter.patch(calendarId, 'cicho000001', {
      attendees: [...attendees, 'jan@ckziu.example.pl'],
    });
    await quietWriter.cancel(calendarId, 'cicho000001');
    expect(
      fake.requests.map((request) => [request.method, request.query.get('sendUpdates')]),
    ).toEqual([
      ['POST', 'none'],
      ['PATCH', 'none'],
      ['PATCH', 'none'],
    ]);
    expect(fake.calendar.event(calendarId, 'cicho000001')?.attendees?.map((a) => a.email)).toEqual([
      'anna@szkola.example.pl',
      'jan@ckziu.example.pl',
    ]);
    expect(fake.writes.sent.filter((sent) => sent.eventId === 'cicho000001')).toEqual([]);
  });

  it('moves an event with a patch and keeps its kind, then cancels it so the sync removes it', async () => {
    const first = await writer.insert(calendarId, draft('rada0000003'));
    const moved = await writer.patch(calendarId, 'rada0000003', {
      title: 'Rada programowa (przeniesiona)',
      timing: { allDay: true, startDate: '2026-06-12', endDate: '2026-06-13' },
    });
    expect(moved.updatedAt > first.updatedAt).toBe(true);
    expect(await synced('rada0000003')).toMatchObject({
      title: 'Rada programowa (przeniesiona)',
      kind: 'seminar',
      location: 'CKZiU Gdańsk, sala 12',
      timing: { allDay: true, startDate: '2026-06-12', endDate: '2026-06-13' },
      updatedAt: moved.updatedAt,
    });
    await writer.cancel(calendarId, 'rada0000003');
    expect(fake.calendar.event(calendarId, 'rada0000003')?.status).toBe('cancelled');
    expect(await synced('rada0000003')).toBeUndefined();
  });

  it('takes cancelling an event Google never had as done', async () => {
    await expect(writer.cancel(calendarId, 'nigdy000001')).resolves.toBeUndefined();
  });

  it('reads the Retry-After of a 429 as gaxios gives it (node-fetch headers) and does not retry', async () => {
    fake.faults.failNext(1, '429', { method: 'POST', retryAfterSeconds: 120 });
    const failure = await writer
      .insert(calendarId, draft('limit000001'))
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GoogleApiError);
    expect(failure instanceof GoogleApiError && failure.failure).toMatchObject({
      code: 'rate-limited',
      retryable: true,
      status: 429,
      retryAfterMs: 120_000,
    });
    expect(fake.requests).toHaveLength(1);
  });

  it('classifies 500 and the 403 rate limit as worth retrying, a bad id as not', async () => {
    fake.faults.failNext(1, '500', { method: 'PATCH' });
    fake.faults.failNext(1, '403-rateLimitExceeded', { method: 'POST' });
    const outcome = (failure: unknown) =>
      failure instanceof GoogleApiError
        ? `${failure.failure.code} ${String(failure.failure.retryable)}`
        : 'written';
    expect(
      outcome(
        await writer.patch(calendarId, 'rada0000001', { title: 'x' }).catch((e: unknown) => e),
      ),
    ).toBe('unavailable true');
    expect(
      outcome(await writer.insert(calendarId, draft('rada0000004')).catch((e: unknown) => e)),
    ).toBe('rate-limited true');
    expect(
      outcome(await writer.insert(calendarId, draft('Zla-nazwa')).catch((e: unknown) => e)),
    ).toBe('invalid-request false');
    expect(outcome(await writer.insert(calendarId, draft('rada0000004')))).toBe('written');
  });
});
