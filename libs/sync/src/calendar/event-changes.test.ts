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
