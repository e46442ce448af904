import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeGoogle, type FakeGoogle } from './fake-google';

let fake: FakeGoogle;
const calendarId = 'klaster@group.calendar.google.com';
const headers = { authorization: 'Bearer ya29.test' };

beforeAll(async () => {
  fake = await startFakeGoogle();
  fake.calendar.ensureCalendar(calendarId);
  for (let n = 0; n < 5; n += 1) {
    fake.calendar.addEvent(calendarId, {
      summary: `Spotkanie ${n}`,
      start: { date: `2026-06-0${n + 1}` },
      end: { date: `2026-06-0${n + 2}` },
    });
  }
});
afterAll(() => fake.close());

const eventsUrl = (query: Record<string, string>) =>
  `${fake.rootUrl}calendar/v3/calendars/${encodeURIComponent(calendarId)}/events?${new URLSearchParams(query)}`;

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, { headers });
  return {
    status: response.status,
    body: z.record(z.string(), z.unknown()).parse(await response.json()),
  };
}

describe('the fake Google Calendar', () => {
  it('refuses a request without a bearer token the way Google does', async () => {
    const response = await fetch(eventsUrl({}));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: { code: 401, errors: [{ reason: 'authError', location: 'Authorization' }] },
    });
  });

  it('pages with maxResults and gives the sync token only on the last page', async () => {
    const first = await getJson(eventsUrl({ maxResults: '3', singleEvents: 'true' }));
    expect(first.body['items']).toHaveLength(3);
    expect(first.body).toHaveProperty('nextPageToken');
    expect(first.body).not.toHaveProperty('nextSyncToken');
    const second = await getJson(
      eventsUrl({
        maxResults: '3',
        singleEvents: 'true',
        pageToken: String(first.body['nextPageToken']),
      }),
    );
    expect(second.body['items']).toHaveLength(2);
    expect(second.body).toHaveProperty('nextSyncToken');
    expect(second.body).not.toHaveProperty('nextPageToken');
  });

  it('refuses a sync token together with timeMin, and answers 410 fullSyncRequired for an expired one', async () => {
    const listed = await getJson(eventsUrl({ singleEvents: 'true' }));
    const syncToken = String(listed.body['nextSyncToken']);
    expect((await getJson(eventsUrl({ syncToken, timeMin: '2026-01-01T00:00:00Z' }))).status).toBe(
      400,
    );
    fake.calendar.expireSyncTokens(calendarId);
    const expired = await getJson(eventsUrl({ syncToken }));
    expect(expired).toEqual({
      status: 410,
      body: {
        error: {
          errors: [
            {
              domain: 'calendar',
              reason: 'fullSyncRequired',
              message: 'Sync token is no longer valid, a full sync is required.',
              locationType: 'parameter',
              location: 'syncToken',
            },
          ],
          code: 410,
          message: 'Sync token is no longer valid, a full sync is required.',
        },
      },
    });
  });

  it('serves planned faults to the next matching requests only', async () => {
    fake.faults.failNext(1, '403-quotaExceeded');
    expect((await getJson(eventsUrl({}))).body).toMatchObject({
      error: { code: 403, errors: [{ domain: 'usageLimits', reason: 'quotaExceeded' }] },
    });
    expect((await getJson(eventsUrl({}))).status).toBe(200);
  });
});

describe('the fake Google Drive', () => {
  it('hides shared-drive changes from a caller that does not say it supports all drives', async () => {
    fake.drive.addSharedDrive('0AShared', 'Klaster');
    const start = await getJson(
      `${fake.rootUrl}drive/v3/changes/startPageToken?supportsAllDrives=true&driveId=0AShared`,
    );
    fake.drive.addFile({ name: 'Strategia', parentId: '0AShared' });
    const token = String(start.body['startPageToken']);
    const refused = await getJson(
      `${fake.rootUrl}drive/v3/changes?pageToken=${token}&driveId=0AShared`,
    );
    expect(refused.status).toBe(403);
    const listed = await getJson(
      `${fake.rootUrl}drive/v3/changes?pageToken=${token}&driveId=0AShared&includeItemsFromAllDrives=true&supportsAllDrives=true`,
    );
    expect(listed.body).toMatchObject({
      kind: 'drive#changeList',
      changes: [{ kind: 'drive#change', removed: false, file: { name: 'Strategia' } }],
    });
    expect(listed.body).toHaveProperty('newStartPageToken');
  });
});
