import type { ClusterEvent } from '@glokal/domain';

/**
 * What the sync stores for a meeting Glokal wrote (`source: 'glokal'`), given what the store
 * holds: the store's version stands while it is as new as Google's (`updatedAt` against
 * Google's `updated`: the worker stores Google's answer back at once, and a change made from
 * chat whose write is still to come is newer), so such a sync changes nothing; a change made
 * in Google Calendar itself (newer) is taken, with what only Glokal keeps (the revision, the
 * meeting request, the organiser, a write failure). Undefined: keep the store's.
 */
export function keepGlokalMeeting(
  stored: ClusterEvent | undefined,
  fromGoogle: ClusterEvent,
): ClusterEvent | undefined {
  if (stored?.source !== 'glokal') return fromGoogle;
  if (Date.parse(fromGoogle.updatedAt) <= Date.parse(stored.updatedAt)) return undefined;
  return {
    ...fromGoogle,
    ...(stored.revision === undefined ? {} : { revision: stored.revision }),
    ...(stored.meeting ? { meeting: stored.meeting } : {}),
    ...(stored.organiserId ? { organiserId: stored.organiserId } : {}),
    ...(stored.calendarWriteError ? { calendarWriteError: stored.calendarWriteError } : {}),
  };
}

/**
 * A meeting Glokal wrote that Google now lists as cancelled or deleted: kept, cancelled (its
 * reply says so, chat may not act on it), instead of removed; undefined when it already is.
 */
export function cancelGlokalMeeting(stored: ClusterEvent, at: Date): ClusterEvent | undefined {
  if (stored.status === 'cancelled') return undefined;
  return { ...stored, status: 'cancelled', updatedAt: at.toISOString() };
}
