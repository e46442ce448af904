import type { ClusterStore } from '@glokal/domain';

/** Events read at a time. */
const PAGE = 200;
/** How far ahead events are looked at: reminders are planned for any start to come. */
const AHEAD_MS = 3 * 366 * 24 * 3600_000;

/**
 * After a start, downtime or a Redis that lost its queue: every event still to start that
 * someone is going to, or whose channels are to be told it is starting, is re-planned, through
 * the outbox (so its re-plans never overlap, and what is already on the queue stays). A
 * reminder whose job survived goes out when due; one lost with Redis is scheduled again if its
 * time is still to come. Returns how many events.
 */
export async function catchUpEventReminders(deps: {
  store: Pick<ClusterStore, 'events' | 'attendance' | 'outbox'>;
  relayNow(): Promise<void>;
  now: Date;
}): Promise<number> {
  let events = 0;
  const query = { from: deps.now, to: new Date(deps.now.getTime() + AHEAD_MS) };
  for (let offset = 0; ; offset += PAGE) {
    const page = await deps.store.events.between(query, { limit: PAGE, offset });
    for (const event of page.items) {
      if (event.timing.allDay || new Date(event.timing.start) <= deps.now) continue;
      if (!event.meeting?.startingSoonNote) {
        const counts = await deps.store.attendance.counts(event.id);
        if (counts.going + counts.maybe === 0) continue;
      }
      events += 1;
      await deps.store.outbox.add(`event-changed:${event.id}:catch-up:${deps.now.toISOString()}`, {
        type: 'event-changed',
        eventId: event.id,
      });
    }
    if (page.items.length < PAGE || offset + PAGE >= page.total) break;
  }
  await deps.relayNow();
  return events;
}
