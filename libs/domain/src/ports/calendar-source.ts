import type { ClusterEvent } from '../event';

/** The span a full sync asks for (Google's `timeMin`/`timeMax`). */
export interface CalendarWindow {
  from: Date;
  to: Date;
}

/** A full listing within a window, or the changes since a sync token. */
export type CalendarListMode =
  { mode: 'full'; window: CalendarWindow } | { mode: 'incremental'; syncToken: string };

export type CalendarListRequest = CalendarListMode & { calendarId: string; pageToken?: string };

/** One item of a page, already in our terms. */
export type CalendarChange =
  | { kind: 'upsert'; event: ClusterEvent }
  /** Cancelled or deleted in the calendar. */
  | { kind: 'remove'; eventId: string }
  /** Something the source could not read as an event (logged, not stored). */
  | { kind: 'skip'; eventId: string; reason: string };

/**
 * One page of events. `nextSyncToken` comes only on the last page (no `nextPageToken`);
 * `cursor-expired` means the sync token is no longer valid and a full sync is needed.
 */
export type CalendarPage =
  | { status: 'page'; changes: CalendarChange[]; nextPageToken?: string; nextSyncToken?: string }
  | { status: 'cursor-expired' };

/**
 * A calendar that pages its events: used by `@glokal/sync`, implemented over Google Calendar
 * by `@glokal/google`. Any failure other than an expired sync token is thrown.
 */
export interface CalendarSource {
  listEvents(request: CalendarListRequest): Promise<CalendarPage>;
}
