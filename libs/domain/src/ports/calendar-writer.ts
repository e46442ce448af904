import type { EventKind, EventTiming } from '../event';

/**
 * A meeting as Glokal writes it to the shared Google Calendar. `id` is chosen by Glokal
 * (Calendar accepts a client id of 5–1024 characters of base32hex: `a`–`v` and `0`–`9`) and
 * derived from the coordinator's request, so a double submit or a retried insert is one event;
 * it is also the event's id in the store, so the next sync finds the same event.
 */
export interface CalendarEventDraft {
  id: string;
  title: string;
  /** Marked on the Google event the way the sync reads kinds back (default `meeting`). */
  kind?: EventKind;
  description?: string;
  location?: string;
  timing: EventTiming;
  /** Ask Google for a Meet link (`conferenceData.createRequest`, its `requestId` = `id`). */
  online: boolean;
  /** Invitees' e-mails (those Glokal knows). */
  attendees: readonly string[];
}

/** What Google made of it: stored at once, so replies link to it before the next sync. */
export interface WrittenCalendarEvent {
  id: string;
  htmlLink?: string;
  meetUrl?: string;
  /** Google's `updated`. */
  updatedAt: string;
}

/**
 * Writes to the shared calendar: used by the worker's `calendar-write` job, implemented over
 * Google Calendar by `@glokal/google`. Each call is safe to repeat (insert of an id that
 * exists answers the existing event; patch and cancel set, never add). Failures are thrown,
 * classified like the sync's (rate limits and 5xx retried by the job's queue).
 */
export interface CalendarWriter {
  insert(calendarId: string, draft: CalendarEventDraft): Promise<WrittenCalendarEvent>;
  patch(
    calendarId: string,
    id: string,
    changes: Partial<Omit<CalendarEventDraft, 'id'>>,
  ): Promise<WrittenCalendarEvent>;
  cancel(calendarId: string, id: string): Promise<void>;
}
