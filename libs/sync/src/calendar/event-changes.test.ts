import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterEvent, fixedClock } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { applyEventPage } from './apply-event-page';

const clock = fixedClock('2026-09-01T08:00:00Z');
let testStore: TestStore;

beforeAll(async () => {
  testStore = await createTestStore({ clock });
});
afterAll(() => testStore.close());

function event(id: string, start: string, changes: Partial<ClusterEvent> = {}): ClusterEvent {
  return ClusterEvent.parse({
    id,
    title: `Spotkanie ${id}`,
    kind: 'meeting',
    timing: {
      allDay: false,
      start,
      end: new Date(Date.parse(start) + 3600_000).toISOString(),
      timeZone: 'Europe/Warsaw',
    },
    source: 'google',
    updatedAt: '2026-08-01T00:00:00.000Z',
    ...changes,
  });
}

const apply = (changes: Parameters<typeof applyEventPage>[0], now = clock.now()) =>
  applyEventPage(changes, {
    store: testStore.store,
    now,
    clusterTimeZone: 'Europe/Warsaw',
    announce: true,
  });

async function eventChanges(): Promise<string[]> {
  return (await testStore.store.outbox.pending(100))
    .flatMap((entry) => (entry.message.type === 'event-changed' ? [entry.message.eventId] : []))
    .sort();
}

describe('a calendar page that moves, cancels or removes events', () => {
  it('tells the worker of each event moved, cancelled or removed in Google, and of no other', async () => {
    await testStore.store.events.upsert([
      event('moved', '2026-09-10T08:00:00.000Z'),
      event('cancelled', '2026-09-11T08:00:00.000Z'),
      event('removed', '2026-09-12T08:00:00.000Z'),
      event('retitled', '2026-09-13T08:00:00.000Z'),
    ]);
    await apply([
      { kind: 'upsert', event: event('moved', '2026-09-10T12:00:00.000Z') },
      {
        kind: 'upsert',
        event: event('cancelled', '2026-09-11T08:00:00.000Z', { status: 'cancelled' }),
      },
      { kind: 'remove', eventId: 'removed' },
      {
        kind: 'upsert',
        event: event('retitled', '2026-09-13T08:00:00.000Z', { title: 'Nowy tytuł' }),
      },
      { kind: 'upsert', event: event('new', '2026-09-14T08:00:00.000Z') },
    ]);
    expect(await eventChanges()).toEqual(['cancelled', 'moved', 'removed']);
    // The same page again (the events are as it says now) tells nothing more.
    await apply([{ kind: 'upsert', event: event('moved', '2026-09-10T12:00:00.000Z') }]);
    expect(await eventChanges()).toEqual(['cancelled', 'moved', 'removed']);
    // Moved back, within the same instant: a message of its own.
    await apply([{ kind: 'upsert', event: event('moved', '2026-09-10T08:00:00.000Z') }]);
    expect(await eventChanges()).toEqual(['cancelled', 'moved', 'moved', 'removed']);
  });
});

describe('what a calendar page tells the people going', () => {
  it('carries a move (from, to, Google’s updated), of the start or of the end only', async () => {
    await testStore.store.events.upsert([
      event('g-moved', '2026-09-20T08:00:00.000Z'),
      event('g-longer', '2026-09-21T08:00:00.000Z'),
    ]);
    const moved = event('g-moved', '2026-09-20T10:00:00.000Z', {
      updatedAt: '2026-08-20T00:00:00.000Z',
    });
    const longer = event('g-longer', '2026-09-21T08:00:00.000Z', {
      timing: {
        allDay: false,
        start: '2026-09-21T08:00:00.000Z',
        end: '2026-09-21T11:00:00.000Z',
        timeZone: 'Europe/Warsaw',
      },
    });
    await apply([
      { kind: 'upsert', event: moved },
      { kind: 'upsert', event: longer },
    ]);
    const messages = await changesOf(['g-moved', 'g-longer']);
    expect(messages.get('g-moved')).toEqual({
      what: 'moved',
      from: event('g-moved', '2026-09-20T08:00:00.000Z').timing,
      to: moved.timing,
      version: '2026-08-20T00:00:00.000Z',
    });
    expect(messages.get('g-longer')?.what).toBe('moved');
  });

  it('tells nothing of a Glokal meeting whose newer version is the store’s (a change from chat not yet written to Google)', async () => {
    const chatMoved = event('glokalmeet1', '2026-09-25T12:00:00.000Z', {
      source: 'glokal',
      revision: 2,
      updatedAt: '2026-08-30T00:00:00.000Z',
    });
    await testStore.store.events.upsert([chatMoved]);
    const before = (await testStore.store.outbox.pending(100)).length;
    // Google still has the old time, older than the store's change.
    await apply([
      {
        kind: 'upsert',
        event: event('glokalmeet1', '2026-09-25T08:00:00.000Z', {
          source: 'glokal',
          updatedAt: '2026-08-29T00:00:00.000Z',
        }),
      },
    ]);
    expect((await testStore.store.outbox.pending(100)).length).toBe(before);
    // Cancelled in Google Calendar: kept, cancelled, and told.
    await apply([{ kind: 'remove', eventId: 'glokalmeet1' }]);
    const messages = await changesOf(['glokalmeet1']);
    expect(messages.get('glokalmeet1')).toEqual({
      what: 'cancelled',
      version: clock.now().toISOString(),
    });
  });
});

async function changesOf(ids: string[]) {
  const changes = new Map<string, unknown>();
  for (const entry of await testStore.store.outbox.pending(100))
    if (entry.message.type === 'event-changed' && ids.includes(entry.message.eventId))
      changes.set(entry.message.eventId, entry.message.change);
  return changes as Map<string, { what: string } | undefined>;
}
