import type { CalendarEventDraft, ClusterEvent } from '@glokal/domain';

/**
 * The stored meeting as Glokal writes it to Google: all of it on every write (a patch sets the
 * same fields an insert does), so whichever write comes last leaves Google as the store is.
 * An empty description or location is written empty, so one cleared in chat is cleared there.
 * The attendees are the invitees whose e-mail Glokal knows (`inviteeEmails`); the list is
 * written whole, so an invitee removed in chat is no longer invited.
 */
export function meetingDraft(
  event: ClusterEvent,
  attendees: readonly string[],
): CalendarEventDraft {
  return {
    id: event.id,
    title: event.title,
    kind: event.kind,
    description: event.description ?? '',
    location: event.location ?? '',
    timing: event.timing,
    online: event.meeting?.online ?? false,
    attendees,
  };
}
