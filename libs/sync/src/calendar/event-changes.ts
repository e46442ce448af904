import {
  eventChangeOf,
  sameTiming,
  timingKey,
  type ClusterEvent,
  type OutboxMessage,
} from '@glokal/domain';
import type { CalendarSyncStore } from '../ports/sync-store';

type Store = Parameters<Parameters<CalendarSyncStore['transaction']>[0]>[0];

/** Whether the people going must hear of the change: the event moved, or was (un)cancelled. */
function movedOrCancelled(before: ClusterEvent, after: ClusterEvent): boolean {
  const cancelled = (event: ClusterEvent) => event.status === 'cancelled';
  return cancelled(before) !== cancelled(after) || !sameTiming(before.timing, after.timing);
}

/**
 * The `event-changed` messages of a page: one per event the store had that the page moves,
 * cancels or removes (a new event has nobody going yet), read before the page is written, and
 * given as the store will keep them (a Glokal meeting whose newer version is the store's is no
 * change). A move or a cancellation carries what changed, for the people going to be told; the
 * key names what the event became and the sync's instant; a page written again after a failure
 * was one transaction (rolled back), and an event unchanged since needs no message.
 */
export async function eventChangesOf(
  store: Store,
  page: { upserts: readonly ClusterEvent[]; removals: readonly string[] },
  now: Date,
): Promise<Array<{ key: string; message: OutboxMessage }>> {
  const changed = new Map<string, { what: string; message: OutboxMessage }>();
  for (const event of page.upserts) {
    const before = await store.events.byId(event.id);
    if (!before || !movedOrCancelled(before, event)) continue;
    const change = eventChangeOf(before, event);
    changed.set(event.id, {
      what: `${timingKey(event.timing)}:${event.status}`,
      message: { type: 'event-changed', eventId: event.id, ...(change ? { change } : {}) },
    });
  }
  // A removed event (and its answers) is gone from the store: its reminders are only taken off.
  for (const id of page.removals)
    if (await store.events.byId(id))
      changed.set(id, { what: 'removed', message: { type: 'event-changed', eventId: id } });
  return [...changed].map(([eventId, { what, message }]) => ({
    key: `event-changed:${eventId}:sync:${what}:${now.toISOString()}`,
    message,
  }));
}
