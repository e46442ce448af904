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
  | { type: 'event-changed'; eventId: string };

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
