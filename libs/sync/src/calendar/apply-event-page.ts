import { eventInterval, type CalendarChange, type ClusterEvent } from '@glokal/domain';
import { announcementOutboxKey } from '../announce/announcement-key';
import type { CalendarSyncStore } from '../ports/sync-store';

export interface PageOutcome {
  upserted: number;
  removed: number;
  skipped: number;
  /** Announcements recorded in the outbox (the worker's announce job sends them). */
  announced: number;
}

/**
 * Writes one page into the store in one transaction. When announcing, each event the store did
 * not have before and that has not ended yet gets an `announce` outbox message in that same
 * transaction: the page and its announcements land together or not at all.
 */
export async function applyEventPage(
  changes: readonly CalendarChange[],
  context: {
    store: CalendarSyncStore;
    announce?: boolean;
    now: Date;
    clusterTimeZone: string;
  },
): Promise<PageOutcome> {
  const { announce, now, clusterTimeZone } = context;
  const upserts: ClusterEvent[] = [];
  const removals: string[] = [];
  let skipped = 0;
  for (const change of changes) {
    if (change.kind === 'upsert') upserts.push(change.event);
    else if (change.kind === 'remove') removals.push(change.eventId);
    else skipped += 1;
  }

  return context.store.transaction(async (store) => {
    const fresh: string[] = [];
    if (announce) {
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
      const subject = { type: 'event-announcement', eventId } as const;
      if (await store.outbox.add(announcementOutboxKey(subject), { type: 'announce', subject }))
        announced += 1;
    }
    return { upserted: upserts.length, removed: removals.length, skipped, announced };
  });
}
