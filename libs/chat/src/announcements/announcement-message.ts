import type { EventChange } from '@glokal/domain';
import type { PlaceGivenMessage } from './place-given';

/** A deadline as it was set: `YYYY-MM-DDTHH:mm` in its zone. */
interface SetDeadline {
  local: string;
  timeZone: string;
}

/** What an announcement is about, by reference (the shape of `@glokal/queue`'s `DeliveryMessage`). */
export type AnnouncementMessage =
  | { type: 'event-announcement'; eventId: string }
  | { type: 'document-announcement'; documentId: string }
  | {
      type: 'grant-announcement';
      grantId: string;
      change: 'added' | 'extended';
      /** For an extension: the deadline it moved from and to, as they were when it was made. */
      extension?: { from: SetDeadline; to: SetDeadline } | undefined;
      /** Sent to a follower by DM: read in their zone, with Unfollow instead of Follow. */
      follower?: { viewerZone: string } | undefined;
    }
  | {
      type: 'grant-reminder';
      grantId: string;
      which: 'deadline' | 'internal';
      /** The deadline the reminder was planned for. */
      deadline: SetDeadline;
      late: boolean;
      /** The reader's zone (a person's); channels read the cluster's. */
      viewerZone?: string | undefined;
    }
  | {
      type: 'event-reminder';
      eventId: string;
      /** The start it was planned for (ISO, UTC). */
      start: string;
      offsetHours: number;
      /** The person's zone (a channel's note: the cluster's). */
      viewerZone: string;
      /** The starting-soon note to an announcement channel, rather than a person's reminder. */
      toChannel?: boolean | undefined;
    }
  | {
      type: 'event-change-notice';
      eventId: string;
      /** What changed: a move (from, to) or the cancellation. */
      change: EventChange;
      /** The person's zone. */
      viewerZone: string;
    }
  | PlaceGivenMessage
  | {
      type: 'free-slots';
      lengthMinutes: number;
      /** The coordinator's zone. */
      viewerZone: string;
      /** Instants (ISO, UTC); clashes are cluster events' titles, '' for an unnamed busy time. */
      slots: { start: string; end: string; clashes: string[] }[];
      problem?: 'longer-than-working-day' | 'none-free' | undefined;
      workingDayMinutes?: number | undefined;
      notChecked: number;
      calendarChecked: boolean;
    }
  | {
      type: 'weekly-digest';
      /** The ISO week (`2026-W44`) in the cluster's zone. */
      week: string;
    };
