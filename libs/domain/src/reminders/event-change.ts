import type { ClusterEvent, EventTiming } from '../event';
import type { EventChange } from '../ports/outbox';

/** A timing as one string: instants (UTC) of a timed event, dates of an all-day one. */
export function timingKey(timing: EventTiming): string {
  return timing.allDay
    ? `${timing.startDate}/${timing.endDate}`
    : `${new Date(timing.start).toISOString()}/${new Date(timing.end).toISOString()}`;
}

/** Whether two timings start and end at the same time (the zone they were written in aside). */
export function sameTiming(a: EventTiming, b: EventTiming): boolean {
  return timingKey(a) === timingKey(b);
}

/**
 * What the people going must be told of a write that took the event from `before` to `after`:
 * its cancellation, or its move (start or end changed); nothing for any other edit, nor for an
 * event taken back from cancelled (they were told it was off; the reply shows it is on again).
 * `version` names the write: the `updatedAt` it left.
 */
export function eventChangeOf(before: ClusterEvent, after: ClusterEvent): EventChange | undefined {
  if (before.status === 'cancelled') return undefined;
  const version = new Date(after.updatedAt).toISOString();
  if (after.status === 'cancelled') return { what: 'cancelled', version };
  if (sameTiming(before.timing, after.timing)) return undefined;
  return { what: 'moved', from: before.timing, to: after.timing, version };
}

/**
 * The delivery key of one person's notice of one change: the event, the change, the state it
 * names (for a move: the new timing and the write), the person. A retried job, or the same
 * change read by two syncs, claims the same key and sends nothing new.
 */
export function eventNoticeKey(eventId: string, change: EventChange, personId: string): string {
  const what = change.what === 'moved' ? `moved:${timingKey(change.to)}` : 'cancelled';
  return ['event-notice', eventId, what, change.version, `person:${personId}`].join(':');
}

/**
 * Whether the event is still as the change left it: cancelled, or at the time it was moved to.
 * Otherwise it changed again since, and that later change is the one to tell.
 */
export function stillAsChanged(event: ClusterEvent, change: EventChange): boolean {
  if (change.what === 'cancelled') return event.status === 'cancelled';
  return event.status !== 'cancelled' && sameTiming(event.timing, change.to);
}
