/**
 * An event's copy in a Discord server's Events tab (a guild scheduled event), one per event
 * and server: the id Discord gave it, so that a retry or a change patches that one instead of
 * making another, and what was last sent, so that an unchanged event costs no call.
 */
export interface DiscordScheduledEvent {
  eventId: string;
  guildId: string;
  scheduledEventId: string;
  /** A digest of the fields last sent (name, description, times, location, status). */
  sent: string;
}

export interface DiscordScheduledEventRepository {
  /** The event's copies, one per server that has one. */
  of(eventId: string): Promise<DiscordScheduledEvent[]>;
  /** Keeps (or replaces) the copy of an event in a server. */
  save(copy: DiscordScheduledEvent): Promise<void>;
  /** Forgets the copy of an event in a server (Discord's was deleted or cancelled). */
  forget(eventId: string, guildId: string): Promise<void>;
  /** Events that have a copy somewhere, at most `limit` of them. */
  eventIds(limit: number): Promise<string[]>;
}
