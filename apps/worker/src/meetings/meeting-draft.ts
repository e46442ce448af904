import type { CalendarEventDraft, ClusterEvent } from '@glokal/domain';

/**
 * The stored meeting as Glokal writes it to Google: all of it on every write (a patch sets the
 * same fields an insert does), so whichever write comes last leaves Google as the store is.
 * An empty description or location is written empty, so one cleared in chat is cleared there.
 * Invitees are not sent as attendees: Glokal keeps no e-mails of people.
 */
export function meetingDraft(event: ClusterEvent): CalendarEventDraft {
  return {
    id: event.id,
    title: event.title,
    kind: event.kind,
    description: event.description ?? '',
    location: event.location ?? '',
    timing: event.timing,
    online: event.meeting?.online ?? false,
    attendees: [],
  };
}
