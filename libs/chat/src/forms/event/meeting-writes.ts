import { eventChangeOf, type ClusterEvent, type OutboxMessage } from '@glokal/domain';

type Told = { key: string; message: OutboxMessage };

/**
 * The `calendar-write` message of one write of a meeting, keyed by its revision: a retried
 * transaction records it once, and each later change (a higher revision) is a message of its own.
 */
export function calendarWrite(
  event: Pick<ClusterEvent, 'id'> & { revision: number },
  action: 'insert' | 'patch' | 'cancel',
): Told {
  return {
    key: `calendar-write:${event.id}:${event.revision}`,
    message: { type: 'calendar-write', eventId: event.id, action, revision: event.revision },
  };
}

/**
 * The `event-changed` message of one write of a meeting (moved, edited, cancelled), keyed by
 * its revision: the worker re-plans the reminders of the people going, and tells them of a
 * move (start or end changed) or of the cancellation.
 */
export function eventChanged(
  before: ClusterEvent,
  after: ClusterEvent & { revision: number },
): Told {
  const change = eventChangeOf(before, after);
  return {
    key: `event-changed:${after.id}:${after.revision}`,
    message: { type: 'event-changed', eventId: after.id, ...(change ? { change } : {}) },
  };
}

/**
 * The announcement of a new meeting, under the key the calendar sync uses for a new event
 * (`announce:event:<id>`), so the meeting is announced once whichever path finds it first.
 */
export function meetingAnnouncement(eventId: string): Told {
  const subject = { type: 'event-announcement', eventId } as const;
  return { key: `announce:event:${eventId}`, message: { type: 'announce', subject } };
}
