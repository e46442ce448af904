import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ClusterEvent, type DriveItem } from '@glokal/domain';
import { createGoogleAuth } from './auth/create-google-auth';
import { createGoogleCalendarSource } from './calendar/google-calendar-source';
import { createGoogleFreeBusy } from './calendar/google-free-busy';
import { createGoogleDriveSource } from './drive/google-drive-source';
import { GoogleApiError } from './errors/google-failure';

/**
 * Whatever Google answers with a 200 — any JSON, pages of events and files with any field
 * values, or no JSON at all — goes through googleapis over HTTP and comes out as a page of
 * valid changes (every event one the store accepts, every file with a readable date), or as
 * a classified `GoogleApiError` the sync retries or reports; never a crash of another kind.
 * `GOOGLE_RESPONSES_SEED=<seed>` replays a failure fast-check reports.
 */
const SEED = Number(process.env['GOOGLE_RESPONSES_SEED'] ?? 20_261_204);
const RUNS = 300;

/** A loopback server answering every request with the body the current case chose. */
let server: Server;
let body = '{}';
let rootUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  rootUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function clients() {
  const auth = await createGoogleAuth({ kind: 'access-token', accessToken: 'ya29.fuzz' });
  const retry = { sleep: async () => undefined, baseDelayMs: 1, attempts: 1 };
  return {
    calendar: createGoogleCalendarSource({
      auth,
      rootUrl,
      clusterTimeZone: 'Europe/Warsaw',
      retry,
    }),
    drive: createGoogleDriveSource({
      auth,
      rootUrl,
      scope: { kind: 'shared-drive', driveId: '0AKlaster' },
      retry,
    }),
    freeBusy: createGoogleFreeBusy({ auth, rootUrl }),
  };
}

/** Runs `call` with `answer` as Google's body: its result, or the GoogleApiError it threw. */
async function answered<T>(answer: string, call: () => Promise<T>): Promise<T | GoogleApiError> {
  body = answer;
  try {
    return await call();
  } catch (error) {
    if (error instanceof GoogleApiError) return error;
    throw error;
  }
}

const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', '\u0000', '__proto__', '[konferencja] Forum', '[warsztaty]', 'Łódź'),
);
const instant = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((date) => date.toISOString()),
  fc.constantFrom(
    '2026-02-30T10:00:00Z',
    '0000-01-01T00:00:00Z',
    '2026-03-29T02:30:00',
    '2026-03-29T02:30:00+01:00',
    '2026-10-25T02:30:00',
    '+275760-09-13T00:00:00Z',
  ),
  text,
);
const day = fc.oneof(
  fc.constantFrom('2026-06-12', '2026-02-30', '0001-01-01', '2026-13-01', '2026-12-31'),
  text,
);
const zone = fc.constantFrom('Europe/Warsaw', 'America/New_York', 'Mars/Olympus', '', 'UTC');
const time = fc.record({ date: day, dateTime: instant, timeZone: zone }, { requiredKeys: [] });
const json = fc.jsonValue({ maxDepth: 2 });
const property = fc.dictionary(fc.constantFrom('glokalKind', 'glokalSource', 'x'), text, {
  maxKeys: 2,
});
const googleEvent = fc.record(
  {
    id: fc.oneof(text, fc.constant('ev0001')),
    status: fc.constantFrom('confirmed', 'tentative', 'cancelled', ''),
    summary: text,
    description: fc.oneof(text, fc.constant('<b>Agenda</b><br>9:00 <a href="x">link</a>')),
    location: fc.oneof(text, fc.constant('https://meet.google.com/abc-defg-hij')),
    htmlLink: text,
    hangoutLink: fc.oneof(text, fc.constant('https://meet.google.com/abc-defg-hij')),
    conferenceData: fc.record(
      {
        entryPoints: fc.array(
          fc.record({ entryPointType: fc.constantFrom('video', 'phone'), uri: text }),
        ),
      },
      { requiredKeys: [] },
    ),
    start: time,
    end: time,
    recurringEventId: text,
    recurrence: fc.array(text, { maxLength: 2 }),
    updated: instant,
    extendedProperties: fc.record({ shared: property, private: property }, { requiredKeys: [] }),
    extra: json,
  },
  { requiredKeys: [] },
);
const eventsPage = fc.record(
  {
    items: fc.array(fc.oneof(googleEvent, json), { maxLength: 4 }),
    nextPageToken: text,
    nextSyncToken: text,
    timeZone: zone,
  },
  { requiredKeys: [] },
);
const googleFile = fc.record(
  {
    id: text,
    name: text,
    mimeType: fc.constantFrom('application/vnd.google-apps.folder', 'application/pdf', ''),
    parents: fc.array(text, { maxLength: 2 }),
    trashed: fc.oneof(fc.boolean(), json),
    description: text,
    modifiedTime: instant,
    webViewLink: text,
    size: fc.oneof(text, fc.constantFrom('0', '-1', '1e400', '12345', '9007199254740993')),
  },
  { requiredKeys: [] },
);
const changesPage = fc.record(
  {
    changes: fc.array(
      fc.record(
        { fileId: text, removed: fc.oneof(fc.boolean(), json), time: instant, file: googleFile },
        { requiredKeys: [] },
      ),
      { maxLength: 4 },
    ),
    nextPageToken: text,
    newStartPageToken: text,
  },
  { requiredKeys: [] },
);
const busy = fc.record({ start: instant, end: instant }, { requiredKeys: [] });
const freeBusyAnswer = fc.record(
  {
    calendars: fc.dictionary(
      fc.constantFrom('klaster@group.calendar.google.com', 'anna@szkola.pl', 'x'),
      fc.record(
        { busy: fc.array(busy, { maxLength: 3 }), errors: fc.array(fc.record({ reason: text })) },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);
/** A body Google would never send: no JSON, JSON of another shape, or nothing. */
const noPage = fc.oneof(
  json.map((value) => JSON.stringify(value)),
  fc.constantFrom('', 'not json', '<html>Service Unavailable</html>', '{"items": 7}'),
);

function expectReadableItem(item: DriveItem) {
  expect(item.id).not.toBe('');
  expect(Number.isNaN(Date.parse(item.modifiedAt))).toBe(false);
  if (item.sizeBytes !== undefined) {
    expect(Number.isSafeInteger(item.sizeBytes)).toBe(true);
    expect(item.sizeBytes).toBeGreaterThanOrEqual(0);
  }
}

describe('answers from Google, whatever they hold', () => {
  it('are read as pages of events the store accepts, or as a Google failure', async () => {
    const { calendar } = await clients();
    const request = {
      calendarId: 'klaster@group.calendar.google.com',
      mode: 'incremental',
      syncToken: 'token',
    } as const;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          eventsPage.map((page) => JSON.stringify(page)),
          noPage,
        ),
        async (answer) => {
          const page = await answered(answer, () => calendar.listEvents(request));
          if (page instanceof GoogleApiError || page.status !== 'page') return;
          for (const change of page.changes) {
            expect(['upsert', 'remove', 'skip']).toContain(change.kind);
            if (change.kind !== 'upsert') continue;
            const parsed = ClusterEvent.safeParse(change.event);
            expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('are read as Drive changes and files with readable fields, or as a Google failure', async () => {
    const { drive } = await clients();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          changesPage.map((page) => JSON.stringify(page)),
          noPage,
        ),
        fc.oneof(
          googleFile.map((file) => JSON.stringify(file)),
          noPage,
        ),
        async (changesAnswer, fileAnswer) => {
          const page = await answered(changesAnswer, () => drive.listChanges('token'));
          if (!(page instanceof GoogleApiError) && page.status === 'page')
            for (const change of page.changes) {
              expect(change.fileId).not.toBe('');
              if (change.item) expectReadableItem(change.item);
            }
          const item = await answered(fileAnswer, () => drive.getItem('file-1'));
          if (item && !(item instanceof GoogleApiError)) expectReadableItem(item);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('are read as busy times with real instants, or as a Google failure', async () => {
    const { freeBusy } = await clients();
    const ids = ['klaster@group.calendar.google.com', 'anna@szkola.pl'];
    const from = new Date('2027-03-01T00:00:00Z');
    const to = new Date('2027-03-08T00:00:00Z');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          freeBusyAnswer.map((a) => JSON.stringify(a)),
          noPage,
        ),
        async (answer) => {
          const result = await answered(answer, () => freeBusy.query(ids, from, to));
          if (result instanceof GoogleApiError) return;
          expect([...result.keys()].sort()).toEqual([...ids].sort());
          for (const of of result.values())
            for (const block of 'busy' in of ? of.busy : []) {
              expect(Number.isNaN(block.start.getTime())).toBe(false);
              expect(Number.isNaN(block.end.getTime())).toBe(false);
            }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
