import {
  eventInterval,
  remindedAnswers,
  type CalendarChange,
  type ClusterEvent,
} from '@glokal/domain';
import { announcementOutboxKey } from '../announce/announcement-key';
import type { CalendarSyncStore } from '../ports/sync-store';
import { cancelGlokalMeeting, keepGlokalMeeting } from './keep-glokal-meeting';
import { eventChangesOf } from './event-changes';

export interface PageOutcome {
  upserted: number;
  removed: number;
  skipped: number;
  /** Announcements recorded in the outbox (the worker's announce job sends them). */
  announced: number;
}

/**
 * Writes one page into the store in one transaction. Meetings Glokal wrote keep what only
 * Glokal knows of them and are cancelled rather than removed (see `keepGlokalMeeting`), as are
 * events deleted in Google that people are going to, so that they can be told. When announcing, each event the store did
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
    const written = await keepGlokalMeetings(store, upserts);
    const { removed, cancelled } = await removalsOf(store, removals, now, clusterTimeZone);
    const toWrite = [...written, ...cancelled];
    // Moved, cancelled or removed events re-plan the reminders of the people going (and tell
    // them), compared as the store will keep them, before they are written.
    const changed = await eventChangesOf(store, { upserts: toWrite, removals: removed }, now);
    if (toWrite.length > 0) await store.events.upsert(toWrite);
    if (removed.length > 0) await store.events.remove(removed);

    let announced = 0;
    for (const eventId of fresh) {
      const subject = { type: 'event-announcement', eventId } as const;
      if (await store.outbox.add(announcementOutboxKey(subject), { type: 'announce', subject }))
        announced += 1;
    }
    for (const { key, message } of changed) await store.outbox.add(key, message);
    return { upserted: upserts.length, removed: removals.length, skipped, announced };
  });
}

/** The page's events as the store takes them: a Glokal meeting only when Google's is newer. */
async function keepGlokalMeetings(
  store: CalendarSyncStore,
  upserts: readonly ClusterEvent[],
): Promise<ClusterEvent[]> {
  const kept: ClusterEvent[] = [];
  for (const event of upserts) {
    const next =
      event.source === 'glokal'
        ? keepGlokalMeeting(await store.events.byId(event.id), event)
        : event;
    if (next) kept.push(next);
  }
  return kept;
}

async function removalsOf(
  store: CalendarSyncStore,
  ids: readonly string[],
  now: Date,
  clusterTimeZone: string,
): Promise<{ removed: string[]; cancelled: ClusterEvent[] }> {
  const removed: string[] = [];
  const cancelled: ClusterEvent[] = [];
  for (const id of ids) {
    const stored = await store.events.byId(id);
    if (
      !stored ||
      (stored.source !== 'glokal' &&
        !(await toldOfCancellation(store, stored, now, clusterTimeZone)))
    ) {
      removed.push(id);
      continue;
    }
    const next = cancelGlokalMeeting(stored, now);
    if (next) cancelled.push(next);
  }
  return { removed, cancelled };
}

/**
 * Whether an event deleted in Google is kept, cancelled, rather than removed: while it is still
 * to end and someone answered Going or Maybe, who must be told (the notice is read from the
 * store). A full listing's sweep removes it later, as it removes any event Google no longer has.
 */
async function toldOfCancellation(
  store: CalendarSyncStore,
  event: ClusterEvent,
  now: Date,
  clusterTimeZone: string,
): Promise<boolean> {
  if (event.status === 'cancelled' || eventInterval(event.timing, clusterTimeZone).end <= now)
    return false;
  const going = await store.attendance.attendees(
    event.id,
    { limit: 1, offset: 0 },
    remindedAnswers,
  );
  return going.total > 0;
}
