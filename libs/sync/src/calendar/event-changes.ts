import type { ClusterEvent, EventTiming, OutboxMessage } from '@glokal/domain';
import type { CalendarSyncStore } from '../ports/sync-store';

type Store = Parameters<Parameters<CalendarSyncStore['transaction']>[0]>[0];

function startOf(timing: EventTiming): string {
  return timing.allDay ? `date:${timing.startDate}` : new Date(timing.start).toISOString();
}

/** Whether the people going must hear of the change: the event moved, or was (un)cancelled. */
function movedOrCancelled(before: ClusterEvent, after: ClusterEvent | undefined): boolean {
  if (!after) return true;
  const cancelled = (event: ClusterEvent) => event.status === 'cancelled';
  return cancelled(before) !== cancelled(after) || startOf(before.timing) !== startOf(after.timing);
}

/**
 * The `event-changed` messages of a page: one per event the store had that the page moves,
 * cancels or removes (a new event has nobody going yet), read before the page is written. The
 * key names what the event became and the sync's instant; a page written again after a failure
 * was one transaction (rolled back), and an event unchanged since needs no message.
 */
export async function eventChangesOf(
  store: Store,
  page: { upserts: readonly ClusterEvent[]; removals: readonly string[] },
  now: Date,
): Promise<Array<{ key: string; message: OutboxMessage }>> {
  const changed = new Map<string, string>();
  for (const event of page.upserts) {
    const before = await store.events.byId(event.id);
    if (before && movedOrCancelled(before, event))
      changed.set(event.id, `${startOf(event.timing)}:${event.status}`);
  }
  for (const id of page.removals) if (await store.events.byId(id)) changed.set(id, 'removed');
  return [...changed].map(([eventId, what]) => ({
    key: `event-changed:${eventId}:sync:${what}:${now.toISOString()}`,
    message: { type: 'event-changed', eventId },
  }));
}
