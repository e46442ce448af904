import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterEvent, fixedClock, type CalendarChange } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { applyEventPage } from './apply-event-page';

const clock = fixedClock('2026-09-01T08:00:00Z');
let testStore: TestStore;

beforeAll(async () => {
  testStore = await createTestStore({ clock });
});
afterAll(() => testStore.close());

const store = () => testStore.store;

/** A meeting scheduled from chat, as the store keeps it. */
function meeting(id: string, updatedAt: string, changes: Partial<ClusterEvent> = {}): ClusterEvent {
  return ClusterEvent.parse({
    id,
    title: 'Rada programowa klastra',
    kind: 'meeting',
    timing: {
      allDay: false,
      start: '2026-09-10T08:00:00Z',
      end: '2026-09-10T09:00:00Z',
      timeZone: 'Europe/Warsaw',
    },
    source: 'glokal',
    updatedAt,
    revision: 2,
    meeting: { online: true, invitees: [], scheduledBy: { platform: 'slack', userId: 'U1' } },
    onlineUrl: 'https://meet.google.com/abc-defg-hij',
    ...changes,
  });
}

/** The same meeting as the sync reads it from Google: none of what only Glokal keeps. */
function googleCopy(event: ClusterEvent, changes: Partial<ClusterEvent> = {}): ClusterEvent {
  const { revision: _r, meeting: _m, calendarWriteError: _e, ...google } = event;
  return { ...google, ...changes };
}

const fromGoogle = (event: ClusterEvent, changes: Partial<ClusterEvent> = {}): CalendarChange => ({
  kind: 'upsert',
  event: googleCopy(event, changes),
});

const apply = (changes: CalendarChange[]) =>
  applyEventPage(changes, {
    store: store(),
    now: clock.now(),
    clusterTimeZone: 'Europe/Warsaw',
    announce: true,
  });

describe('a page with meetings Glokal wrote to the calendar', () => {
  it('changes nothing when Google has what the worker stored back, and announces nothing', async () => {
    const stored = meeting('rada0000001', '2026-08-30T10:00:00.000Z');
    await store().events.upsert([stored]);
    const outcome = await apply([fromGoogle(stored)]);
    expect(outcome.announced).toBe(0);
    expect(await store().events.byId('rada0000001')).toEqual(stored);
  });

  it('keeps a change made in chat whose write is still to come, even though Google has the older one', async () => {
    const written = meeting('rada0000002', '2026-08-30T10:00:00.000Z');
    const moved = meeting('rada0000002', '2026-08-31T12:00:00.000Z', {
      title: 'Rada programowa (przeniesiona)',
      revision: 3,
    });
    await store().events.upsert([moved]);
    await apply([fromGoogle(written)]);
    expect(await store().events.byId('rada0000002')).toEqual(moved);
  });

  it("takes an edit made in Google Calendar itself, with Glokal's revision and request kept", async () => {
    const stored = meeting('rada0000003', '2026-08-30T10:00:00.000Z', {
      calendarWriteError: {
        action: 'patch',
        code: 'unavailable',
        message: 'HTTP 503',
        at: '2026-08-30T10:00:00.000Z',
      },
    });
    await store().events.upsert([stored]);
    await apply([
      fromGoogle(stored, { location: 'Sala 4', updatedAt: '2026-08-31T09:00:00.000Z' }),
    ]);
    expect(await store().events.byId('rada0000003')).toEqual({
      ...stored,
      location: 'Sala 4',
      updatedAt: '2026-08-31T09:00:00.000Z',
    });
  });

  it('keeps a meeting Google lists as cancelled, cancelled, and still removes events from Google', async () => {
    const stored = meeting('rada0000004', '2026-08-30T10:00:00.000Z');
    const google = ClusterEvent.parse({
      ...googleCopy(stored),
      id: 'google00001',
      source: 'google',
    });
    await store().events.upsert([stored, google]);
    await apply([
      { kind: 'remove', eventId: 'rada0000004' },
      { kind: 'remove', eventId: 'google00001' },
    ]);
    expect(await store().events.byId('rada0000004')).toEqual({
      ...stored,
      status: 'cancelled',
      updatedAt: clock.now().toISOString(),
    });
    expect(await store().events.byId('google00001')).toBeUndefined();
    const again = await store().events.byId('rada0000004');
    await apply([{ kind: 'remove', eventId: 'rada0000004' }]);
    expect(await store().events.byId('rada0000004')).toEqual(again);
  });
});
