import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClusterEvent,
  fixedClock,
  type CalendarListRequest,
  type CalendarPage,
  type CalendarSource,
} from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { syncCalendar } from './calendar-sync';
import { calendarSourceKey } from './sync-window';

const clock = fixedClock('2026-09-01T08:00:00Z');
let testStore: TestStore;

/** The announcements the syncs recorded in the outbox, as key and subject. */
async function announcements() {
  return (await testStore.store.outbox.pending(100))
    .filter((entry) => entry.message.type === 'announce')
    .map((entry) => ({
      key: entry.key,
      message: entry.message,
    }));
}

function event(id: string, day: string, title = `Wydarzenie ${id}`): ClusterEvent {
  return ClusterEvent.parse({
    id,
    title,
    kind: 'meeting',
    timing: {
      allDay: false,
      start: `${day}T08:00:00Z`,
      end: `${day}T09:00:00Z`,
      timeZone: 'Europe/Warsaw',
    },
    source: 'google',
    updatedAt: '2026-08-01T00:00:00Z',
  });
}

/** A calendar whose answers a test writes down, page by page, and which records the requests. */
function scriptedCalendar(
  answers: (request: CalendarListRequest) => CalendarPage,
): CalendarSource & { requests: CalendarListRequest[] } {
  const requests: CalendarListRequest[] = [];
  return {
    requests,
    async listEvents(request) {
      requests.push(request);
      return answers(request);
    },
  };
}

beforeAll(async () => {
  testStore = await createTestStore({ clock });
  await testStore.store.subscriptions.subscribe(
    { platform: 'slack', workspaceId: 'T1', channelId: 'C1', locale: 'pl' },
    ['events'],
  );
});
afterAll(() => testStore.close());

const deps = (source: CalendarSource) => ({
  source,
  store: testStore.store,
  clock,
  clusterTimeZone: 'Europe/Warsaw',
});

describe('syncCalendar', () => {
  it("lists everything in the window on the first run, keeps the last page's token and announces nothing", async () => {
    const source = scriptedCalendar((request) =>
      request.pageToken
        ? {
            status: 'page',
            changes: [{ kind: 'upsert', event: event('b', '2026-09-10') }],
            nextSyncToken: 'token-1',
          }
        : {
            status: 'page',
            changes: [{ kind: 'upsert', event: event('a', '2026-09-05') }],
            nextPageToken: 'page-2',
          },
    );
    const report = await syncCalendar('cal', deps(source));
    expect(report).toMatchObject({ mode: 'full', pages: 2, upserted: 2, announced: 0 });
    expect(source.requests[0]).toMatchObject({
      mode: 'full',
      window: { from: new Date('2025-09-01T08:00:00Z'), to: new Date('2028-09-01T08:00:00Z') },
    });
    expect((await testStore.store.syncState.get(calendarSourceKey('cal')))?.cursor).toBe('token-1');
    expect(await announcements()).toEqual([]);
  });

  it('keeps the old token when a later page fails, so the next run repeats the changes', async () => {
    const source = scriptedCalendar((request) => {
      if (request.pageToken) throw new Error('Google unavailable');
      return {
        status: 'page',
        changes: [{ kind: 'remove', eventId: 'a' }],
        nextPageToken: 'page-2',
      };
    });
    await expect(syncCalendar('cal', deps(source))).rejects.toThrow('Google unavailable');
    const state = await testStore.store.syncState.get(calendarSourceKey('cal'));
    expect(state?.cursor).toBe('token-1');
    expect(state?.lastError).toContain('Google unavailable');
  });

  it('announces an upcoming event new to the store once, and not a past one or a known one', async () => {
    const source = scriptedCalendar(() => ({
      status: 'page',
      changes: [
        { kind: 'upsert', event: event('c', '2026-09-20') },
        { kind: 'upsert', event: event('past', '2026-08-20') },
        { kind: 'upsert', event: event('b', '2026-09-10', 'Zmieniony tytuł') },
      ],
      nextSyncToken: 'token-2',
    }));
    const report = await syncCalendar('cal', deps(source));
    expect(report).toMatchObject({ mode: 'incremental', announced: 1 });
    expect(await announcements()).toEqual([
      {
        key: 'announce:event:c',
        message: { type: 'announce', subject: { type: 'event-announcement', eventId: 'c' } },
      },
    ]);
    await syncCalendar('cal', deps(source));
    expect(await announcements()).toHaveLength(1);
  });

  it('runs a full sync when the token expired and removes what the calendar no longer has', async () => {
    const source = scriptedCalendar((request) =>
      request.mode === 'incremental'
        ? { status: 'cursor-expired' }
        : {
            status: 'page',
            changes: [{ kind: 'upsert', event: event('c', '2026-09-20') }],
            nextSyncToken: 'token-3',
          },
    );
    const report = await syncCalendar('cal', deps(source));
    // `a` went with the page that was written before the failure; `b` and `past` are swept now.
    expect(report).toMatchObject({ mode: 'full', fullAfterExpiry: true, swept: 2 });
    const left = await testStore.store.events.between(
      { from: new Date('2026-01-01'), to: new Date('2027-01-01'), includeCancelled: true },
      { limit: 10, offset: 0 },
    );
    expect(left.items.map((stored) => stored.id)).toEqual(['c']);
    expect((await testStore.store.syncState.get(calendarSourceKey('cal')))?.cursor).toBe('token-3');
  });
});
