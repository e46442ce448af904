import type { ClusterEvent } from '@glokal/domain';

/*
 * The shapes `@glokal/sync`'s CalendarSource port expects, declared here too because a data
 * access library does not import a feature library; the worker checks they match.
 */

export type CalendarListRequest = { calendarId: string; pageToken?: string } & (
  { mode: 'full'; window: { from: Date; to: Date } } | { mode: 'incremental'; syncToken: string }
);

export type CalendarChange =
  | { kind: 'upsert'; event: ClusterEvent }
  | { kind: 'remove'; eventId: string }
  | { kind: 'skip'; eventId: string; reason: string };

export type CalendarPage =
  | { status: 'page'; changes: CalendarChange[]; nextPageToken?: string; nextSyncToken?: string }
  | { status: 'cursor-expired' };
