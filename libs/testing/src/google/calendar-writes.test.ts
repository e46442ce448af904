import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeGoogle, type FakeGoogle } from './fake-google';

let fake: FakeGoogle;
const calendarId = 'spotkania@group.calendar.google.com';
const headers = { authorization: 'Bearer ya29.test', 'content-type': 'application/json' };
const Json = z.record(z.string(), z.unknown());

beforeAll(async () => {
  fake = await startFakeGoogle();
  fake.calendar.ensureCalendar(calendarId);
});
afterAll(() => fake.close());
beforeEach(() => fake.faults.clear());

const calendarUrl = (path: string, query: Record<string, string> = {}) =>
  `${fake.rootUrl}calendar/v3/calendars/${encodeURIComponent(calendarId)}${path}?${new URLSearchParams(query)}`;

async function call(
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(url, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: response.status,
    body: Json.parse(await response.json()),
    headers: response.headers,
  };
}

const meeting = (id: string) => ({
  id,
  summary: 'Zarząd klastra',
  start: { dateTime: '2026-06-10T10:00:00+02:00', timeZone: 'Europe/Warsaw' },
  end: { dateTime: '2026-06-10T11:00:00+02:00', timeZone: 'Europe/Warsaw' },
});

describe('event writes in the fake Google Calendar', () => {
  it('inserts an event under the id the client chose, and lists it with its updated time and link', async () => {
    const inserted = await call('POST', calendarUrl('/events'), meeting('spotkanie01'));
    expect(inserted.status).toBe(200);
    expect(inserted.body).toMatchObject({ id: 'spotkanie01', status: 'confirmed' });
    const listed = await call('GET', calendarUrl('/events', { singleEvents: 'true' }));
    const item = z
      .array(Json)
      .parse(listed.body['items'])
      .find((e) => e['id'] === 'spotkanie01');
    expect(item).toMatchObject({
      updated: inserted.body['updated'],
      htmlLink: inserted.body['htmlLink'],
    });
    expect(String(item?.['htmlLink'])).toMatch(
      /^https:\/\/www\.google\.com\/calendar\/event\?eid=/,
    );
  });

  it('refuses an id that is not base32hex of 5 to 1024 characters with 400, as Google does', async () => {
    for (const id of ['abc1', 'Zarzad0001', 'zarzad-0001', 'wxyz00001', 'a'.repeat(1025)]) {
      const refused = await call('POST', calendarUrl('/events'), meeting(id));
      expect(refused.status, id).toBe(400);
      expect(refused.body).toMatchObject({
        error: { errors: [{ reason: 'invalid', message: 'Invalid resource id value.' }] },
      });
    }
    expect((await call('POST', calendarUrl('/events'), meeting('v'.repeat(1024)))).status).toBe(
      200,
    );
  });

  it('answers 409 duplicate to a second insert of an id, cancelled or not, and keeps one event', async () => {
    await call('POST', calendarUrl('/events'), meeting('again00001'));
    const again = await call('POST', calendarUrl('/events'), meeting('again00001'));
    expect(again).toMatchObject({
      status: 409,
      body: { error: { code: 409, errors: [{ domain: 'global', reason: 'duplicate' }] } },
    });
    await call('PATCH', calendarUrl('/events/again00001'), { status: 'cancelled' });
    expect((await call('POST', calendarUrl('/events'), meeting('again00001'))).status).toBe(409);
    expect(fake.calendar.editableIds(calendarId).filter((id) => id === 'again00001')).toEqual([]);
  });

  it('makes a Meet link only with conferenceDataVersion=1 and a create request', async () => {
    const createRequest = {
      requestId: 'online0001',
      conferenceSolutionKey: { type: 'hangoutsMeet' },
    };
    const ignored = await call('POST', calendarUrl('/events'), {
      ...meeting('online0001'),
      conferenceData: { createRequest },
    });
    expect(ignored.body).not.toHaveProperty('hangoutLink');
    const online = await call('POST', calendarUrl('/events', { conferenceDataVersion: '1' }), {
      ...meeting('online0002'),
      conferenceData: { createRequest: { ...createRequest, requestId: 'online0002' } },
    });
    expect(online.body['hangoutLink']).toMatch(
      /^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/,
    );
    expect(online.body).toMatchObject({
      conferenceData: {
        createRequest: { requestId: 'online0002', status: { statusCode: 'success' } },
        entryPoints: [{ entryPointType: 'video', uri: online.body['hangoutLink'] }],
      },
    });
    const read = await call('GET', calendarUrl('/events/online0002'));
    expect(read.body['hangoutLink']).toBe(online.body['hangoutLink']);
  });

  it('keeps attendees as needing action and sends invitations only when asked', async () => {
    const attendees = [{ email: 'Anna@szkola.example.pl' }, { email: 'jan@ckziu.example.pl' }];
    const quiet = await call('POST', calendarUrl('/events'), {
      ...meeting('gosc000001'),
      attendees,
    });
    expect(quiet.body['attendees']).toEqual([
      { email: 'anna@szkola.example.pl', responseStatus: 'needsAction' },
      { email: 'jan@ckziu.example.pl', responseStatus: 'needsAction' },
    ]);
    await call('POST', calendarUrl('/events', { sendUpdates: 'all' }), {
      ...meeting('gosc000002'),
      attendees,
    });
    expect(fake.writes.sent.filter((sent) => sent.eventId.startsWith('gosc'))).toEqual([
      {
        calendarId,
        eventId: 'gosc000002',
        kind: 'invitation',
        sendUpdates: 'all',
        to: ['anna@szkola.example.pl', 'jan@ckziu.example.pl'],
      },
    ]);
    const wrong = await call('POST', calendarUrl('/events'), {
      ...meeting('gosc000003'),
      attendees: [{ email: 'nie-mail' }],
    });
    expect(wrong.status).toBe(400);
  });

  it('replaces the attendees on a patch, keeping the answers of those still invited, and mails as sendUpdates says', async () => {
    // A Google Calendar user of the fake: externalOnly does not mail them.
    fake.calendar.ensureCalendar('piotr@klaster.example.pl');
    const sentFor = (id: string) =>
      fake.writes.sent
        .filter((sent) => sent.eventId === id)
        .map((sent) => [sent.kind, sent.sendUpdates, sent.to]);
    await call('POST', calendarUrl('/events', { sendUpdates: 'externalOnly' }), {
      ...meeting('gosc000004'),
      attendees: [{ email: 'anna@szkola.example.pl' }, { email: 'piotr@klaster.example.pl' }],
    });
    // Piotr accepts in his calendar; the patch that keeps him keeps his answer.
    fake.calendar.patchEvent(calendarId, 'gosc000004', {
      attendees: [
        { email: 'anna@szkola.example.pl', responseStatus: 'needsAction' },
        { email: 'piotr@klaster.example.pl', responseStatus: 'accepted' },
      ],
    });
    const patched = await call('PATCH', calendarUrl('/events/gosc000004', { sendUpdates: 'all' }), {
      attendees: [{ email: 'piotr@klaster.example.pl' }, { email: 'ewa@ckziu.example.pl' }],
    });
    expect(patched.body['attendees']).toEqual([
      { email: 'piotr@klaster.example.pl', responseStatus: 'accepted' },
      { email: 'ewa@ckziu.example.pl', responseStatus: 'needsAction' },
    ]);
    await call('PATCH', calendarUrl('/events/gosc000004', { sendUpdates: 'none' }), {
      status: 'cancelled',
    });
    expect(sentFor('gosc000004')).toEqual([
      ['invitation', 'externalOnly', ['anna@szkola.example.pl']],
      ['update', 'all', ['piotr@klaster.example.pl', 'ewa@ckziu.example.pl']],
    ]);
    const wrong = await call('POST', calendarUrl('/events', { sendUpdates: 'everyone' }), {
      ...meeting('gosc000005'),
    });
    expect(wrong.status).toBe(400);
  });

  it('patches the given fields only, raises updated and sequence, and lists the change', async () => {
    const inserted = await call('POST', calendarUrl('/events'), {
      ...meeting('termin0001'),
      location: 'Sala 4',
      extendedProperties: { shared: { glokalKind: 'meeting' } },
    });
    const listed = await call('GET', calendarUrl('/events', { singleEvents: 'true' }));
    const syncToken = String(listed.body['nextSyncToken']);
    const moved = await call('PATCH', calendarUrl('/events/termin0001'), {
      start: { dateTime: '2026-06-11T12:00:00+02:00', timeZone: 'Europe/Warsaw' },
      end: { dateTime: '2026-06-11T13:00:00+02:00', timeZone: 'Europe/Warsaw' },
      extendedProperties: { private: { note: 'x' } },
    });
    expect(moved.body).toMatchObject({
      summary: 'Zarząd klastra',
      location: 'Sala 4',
      start: { dateTime: '2026-06-11T12:00:00+02:00' },
      sequence: 1,
      extendedProperties: { shared: { glokalKind: 'meeting' }, private: { note: 'x' } },
    });
    expect(String(moved.body['updated']) > String(inserted.body['updated'])).toBe(true);
    const changes = await call('GET', calendarUrl('/events', { singleEvents: 'true', syncToken }));
    expect(changes.body['items']).toEqual([moved.body]);
    expect((await call('PATCH', calendarUrl('/events/niemamnie1'), { summary: 'x' })).status).toBe(
      404,
    );
  });

  it('cancels with a patch of status: the listing sends a cancelled stub, get still answers the event', async () => {
    await call('POST', calendarUrl('/events'), meeting('anulacja01'));
    const listed = await call('GET', calendarUrl('/events', { singleEvents: 'true' }));
    const syncToken = String(listed.body['nextSyncToken']);
    const cancelled = await call('PATCH', calendarUrl('/events/anulacja01'), {
      status: 'cancelled',
    });
    expect(cancelled.body).toMatchObject({ id: 'anulacja01', status: 'cancelled' });
    const changes = await call('GET', calendarUrl('/events', { singleEvents: 'true', syncToken }));
    expect(changes.body['items']).toEqual([
      expect.objectContaining({ id: 'anulacja01', status: 'cancelled' }),
    ]);
    expect((await call('GET', calendarUrl('/events/anulacja01'))).body).toMatchObject({
      status: 'cancelled',
      summary: 'Zarząd klastra',
    });
    expect(fake.calendar.truth(calendarId).some((event) => event.id === 'anulacja01')).toBe(false);
  });

  it('fails the next requests of one method with 429 and Retry-After, then answers', async () => {
    fake.faults.failNext(1, '429', { method: 'POST', retryAfterSeconds: 120 });
    expect((await call('GET', calendarUrl('/events'))).status).toBe(200);
    const limited = await call('POST', calendarUrl('/events'), meeting('limit00001'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('120');
    expect((await call('POST', calendarUrl('/events'), meeting('limit00001'))).status).toBe(200);
  });
});

describe('freebusy.query in the fake Google Calendar', () => {
  const freeBusyUrl = () => `${fake.rootUrl}calendar/v3/freeBusy`;
  const window = { timeMin: '2026-09-01T00:00:00Z', timeMax: '2026-09-02T00:00:00Z' };

  it('answers the calendar busy from its events, clipped to the window and merged', async () => {
    const busyCalendar = 'zajety@group.calendar.google.com';
    fake.calendar.ensureCalendar(busyCalendar);
    const timed = (start: string, end: string) => ({
      start: { dateTime: start, timeZone: 'Europe/Warsaw' },
      end: { dateTime: end, timeZone: 'Europe/Warsaw' },
    });
    fake.calendar.addEvent(busyCalendar, timed('2026-08-31T23:00:00Z', '2026-09-01T01:00:00Z'));
    fake.calendar.addEvent(busyCalendar, timed('2026-09-01T08:00:00Z', '2026-09-01T09:00:00Z'));
    fake.calendar.addEvent(busyCalendar, timed('2026-09-01T08:30:00Z', '2026-09-01T10:00:00Z'));
    fake.calendar.addEvent(busyCalendar, {
      ...timed('2026-09-01T12:00:00Z', '2026-09-01T13:00:00Z'),
      transparency: 'transparent',
    });
    const gone = fake.calendar.addEvent(
      busyCalendar,
      timed('2026-09-01T15:00:00Z', '2026-09-01T16:00:00Z'),
    );
    fake.calendar.deleteEvent(busyCalendar, gone);
    const answer = await call('POST', freeBusyUrl(), { ...window, items: [{ id: busyCalendar }] });
    expect(answer.body).toEqual({
      kind: 'calendar#freeBusy',
      timeMin: '2026-09-01T00:00:00.000Z',
      timeMax: '2026-09-02T00:00:00.000Z',
      calendars: {
        [busyCalendar]: {
          busy: [
            { start: '2026-09-01T00:00:00Z', end: '2026-09-01T01:00:00Z' },
            { start: '2026-09-01T08:00:00Z', end: '2026-09-01T10:00:00Z' },
          ],
        },
      },
    });
  });

  it('answers people from the blocks a test set, and notFound for anyone else', async () => {
    fake.freeBusy.setBusy('anna@szkola.example.pl', [
      { start: '2026-09-01T10:00:00Z', end: '2026-09-01T11:00:00Z' },
      { start: '2026-09-03T10:00:00Z', end: '2026-09-03T11:00:00Z' },
    ]);
    const answer = await call('POST', freeBusyUrl(), {
      ...window,
      items: [{ id: 'anna@szkola.example.pl' }, { id: 'obcy@example.com' }],
    });
    expect(answer.body['calendars']).toEqual({
      'anna@szkola.example.pl': {
        busy: [{ start: '2026-09-01T10:00:00Z', end: '2026-09-01T11:00:00Z' }],
      },
      'obcy@example.com': { errors: [{ domain: 'global', reason: 'notFound' }], busy: [] },
    });
  });

  it('refuses an empty time range and a missing timeMin', async () => {
    const empty = await call('POST', freeBusyUrl(), {
      timeMin: window.timeMax,
      timeMax: window.timeMin,
      items: [{ id: calendarId }],
    });
    expect(empty.body).toMatchObject({ error: { errors: [{ reason: 'timeRangeEmpty' }] } });
    expect((await call('POST', freeBusyUrl(), { timeMax: window.timeMax })).status).toBe(400);
  });
});
