import type { EventTiming } from '../event';
import type { Locale } from '../locale';
import type { ChatPlatform } from '../platform';

/**
 * What a write tells the worker. A handler records it in the same store transaction as the
 * change itself, so the change and the message land together or not at all; the worker's
 * relay moves it to its queue later, even if Redis was away when the change was made.
 * Add a kind here, give it a queue in the relay, and nothing else changes.
 */
export type OutboxMessage =
  /** A grant call was added or changed by any path (form, button, import, sync). */
  | {
      type: 'grant-call-changed';
      grantId: string;
      change: GrantCallChange;
      /** The deadline before an extension, `YYYY-MM-DDTHH:mm` in the call's zone. */
      previousDeadline?: { local: string; timeZone: string };
    }
  /** Something new to announce to the channels subscribed to its topic. */
  | { type: 'announce'; subject: AnnouncementSubject }
  /**
   * A meeting scheduled, moved or cancelled from chat: the worker writes the stored event to
   * the shared Google Calendar (`CalendarWriter`). `revision` tells two writes of one event apart.
   */
  | {
      type: 'calendar-write';
      eventId: string;
      action: 'insert' | 'patch' | 'cancel';
      revision: number;
    }
  /**
   * An event's reminders may have changed: it was moved or cancelled (from chat or in Google),
   * or someone answered "I'm going" or stopped going. The worker re-plans its reminders.
   */
  | { type: 'event-changed'; eventId: string; change?: EventChange }
  /**
   * A coordinator asked for free times for a meeting: the worker asks free/busy and sends the
   * first free slots by DM. `key` is the request's (and its answer's delivery key).
   */
  | ({ type: 'free-slots' } & FreeSlotsAsked);

/** Who asked for free times (the answer goes to them by DM), how long, and whom it invites. */
export interface FreeSlotsAsked {
  key: string;
  platform: ChatPlatform;
  workspaceId: string;
  coordinator: { userId: string; timeZone: string; locale: Locale };
  lengthMinutes: number;
  /** Platform user ids of the invitees. */
  invitees: string[];
  /** When the coordinator asked (ISO): slots start after it. */
  askedAt: string;
}

/**
 * What the people going must be told, set by the writers that know the event before and after
 * (an answer, a new title, an old message: none). `version` names the write (the event's
 * `updatedAt` it left: a chat edit's instant, Google's `updated`), so the same change read twice
 * is one notice and a move back to an earlier time is a notice of its own.
 */
export type EventChange =
  | { what: 'moved'; from: EventTiming; to: EventTiming; version: string }
  | { what: 'cancelled'; version: string };

/**
 * `followers`: someone followed or unfollowed the call; `reminders`: who is reminded of it or
 * when changed otherwise (a channel subscribed to `grants`, or chose its own offsets).
 */
export type GrantCallChange =
  'added' | 'edited' | 'extended' | 'closed' | 'removed' | 'followers' | 'reminders';

/** What an announcement is about, by reference: the sender renders it when it sends. */
export type AnnouncementSubject =
  | { type: 'event-announcement'; eventId: string }
  | { type: 'document-announcement'; documentId: string }
  | { type: 'grant-announcement'; grantId: string; change: 'added' | 'extended' };

export interface OutboxEntry {
  id: number;
  /** Unique: the same key added twice is one row (and one job: the relay uses it as job id). */
  key: string;
  message: OutboxMessage;
  createdAt: Date;
  relayedAt?: Date;
}

export interface Outbox {
  /** Records a message; a key already recorded changes nothing. Returns whether it was new. */
  add(key: string, message: OutboxMessage): Promise<boolean>;
  /** Messages not yet relayed, oldest first. */
  pending(limit: number): Promise<OutboxEntry[]>;
  /** Marks messages as moved to their queue. */
  markRelayed(ids: readonly number[], at: Date): Promise<void>;
}
