import { eventInterval, type CalendarChange, type ClusterEvent } from '@glokal/domain';
import type { Announcer } from '../announce/announcer';
import type { CalendarSyncStore } from '../ports/sync-store';

export interface PageOutcome {
  upserted: number;
  removed: number;
  skipped: number;
  announced: number;
}

/**
 * Writes one page into the store. When announcing, events the store did not have before
 * and that have not ended yet are announced, after they are written (the consuming app
 * reads them from the store).
 */
export async function applyEventPage(
  changes: readonly CalendarChange[],
  context: {
    store: CalendarSyncStore;
    announcer?: Announcer;
    now: Date;
    clusterTimeZone: string;
  },
): Promise<PageOutcome> {
  const { store, announcer, now, clusterTimeZone } = context;
  const upserts: ClusterEvent[] = [];
  const removals: string[] = [];
  let skipped = 0;
  for (const change of changes) {
    if (change.kind === 'upsert') upserts.push(change.event);
    else if (change.kind === 'remove') removals.push(change.eventId);
    else skipped += 1;
  }

  const fresh: string[] = [];
  if (announcer) {
    for (const event of upserts) {
      const upcoming =
        event.status !== 'cancelled' && eventInterval(event.timing, clusterTimeZone).end > now;
      if (upcoming && !(await store.events.byId(event.id))) fresh.push(event.id);
    }
  }
  if (upserts.length > 0) await store.events.upsert(upserts);
  if (removals.length > 0) await store.events.remove(removals);

  let announced = 0;
  for (const eventId of fresh) {
    announced += await (announcer?.announce({ type: 'event-announcement', eventId }) ?? 0);
  }
  return { upserted: upserts.length, removed: removals.length, skipped, announced };
}
