import type { Logger } from '@glokal/config';

/** How long a server that refused the mirror is left alone before it is tried again. */
export const REFUSED_FOR_MS = 15 * 60_000;

/**
 * The cluster servers where the bot may not manage events (Discord answered 403 50013): such a
 * server does not want the mirror. It is said once (not once per event), and the server is
 * skipped for a while instead of being asked again for every event; after that one try tells
 * whether someone has given the permission since.
 */
export class EventsRefused {
  readonly #until = new Map<string, number>();

  constructor(readonly forMs = REFUSED_FOR_MS) {}

  has(guildId: string, now: Date): boolean {
    return (this.#until.get(guildId) ?? 0) > now.getTime();
  }

  refuse(guildId: string, now: Date, logger: Logger): void {
    if (!this.#until.has(guildId))
      logger.warn(
        { guildId },
        'the bot lacks Manage Events in this server: its Events tab gets no copies of the cluster’s events',
      );
    this.#until.set(guildId, now.getTime() + this.forMs);
  }

  /** The server took a call: if it had refused, the mirror is back, and that is said too. */
  allowed(guildId: string, logger: Logger): void {
    if (!this.#until.delete(guildId)) return;
    logger.info({ guildId }, 'the bot may manage events in this server again: mirroring resumed');
  }
}
