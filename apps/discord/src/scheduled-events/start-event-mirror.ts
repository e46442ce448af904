import { RateLimitError, type REST } from 'discord.js';
import type { Logger } from '@glokal/config';
import type { Clock, ClusterStore, Locale } from '@glokal/domain';
import {
  DelayedError,
  openLocks,
  openProducer,
  queueDiscordEventMirror,
  queues,
  startQueueWorker,
  type RedisTarget,
} from '@glokal/queue';
import type { ClusterGuilds } from '../cluster-guilds';
import { mirrorEvent } from './mirror-event';
import { EventsRefused } from './events-refused';

/** How often every upcoming event is queued again (what no event change told: a sync's new events). */
export const RECONCILE_EVERY_MS = 10 * 60_000;
/** How far ahead the reconcile looks, and how many events it takes (a server holds 100). */
const RECONCILE_AHEAD_MS = 60 * 24 * 3_600_000;
const RECONCILE_LIMIT = 90;

export interface EventMirrorOptions {
  redis: RedisTarget;
  /** A REST client that rejects on rate limits (`createDeliveryRest`). */
  rest: REST;
  guilds: ClusterGuilds;
  store: Pick<ClusterStore, 'events' | 'discordScheduledEvents'>;
  clock: Clock;
  clusterTimeZone: string;
  /** The language of the copies' fixed words (`DEFAULT_LOCALE`). */
  locale: Locale;
  logger: Logger;
  /** Tests: reconcile sooner (0: only at the start). */
  reconcileEveryMs?: number;
}

export interface EventMirror {
  /** Queues every upcoming event and every event with a copy (what the timer does). */
  reconcile(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Consumes the `discord-events` queue (one event's mirror at a time across every process, so
 * two runs never create two copies), and now and then queues every upcoming event and every
 * event with a copy: a calendar sync's new and edited events, and a server given Manage Events
 * since, get their copies without any event change. A job whose event is unchanged costs no
 * call to Discord. A 429 puts the job back to wait for Retry-After without using an attempt.
 */
export function startEventMirror(options: EventMirrorOptions): EventMirror {
  const logger = options.logger.child({ consumer: 'discord-events' });
  const mirror = mirrorEvent({ ...options, refused: new EventsRefused() });
  const locks = openLocks(options.redis);
  const producer = openProducer(queues.discordEvents, options.redis);
  const worker = startQueueWorker(
    queues.discordEvents,
    options.redis,
    async (data, job, _worker, token) => {
      try {
        return await mirror(data.eventId);
      } catch (error) {
        if (!(error instanceof RateLimitError)) throw error;
        const waitMs = Math.max(error.retryAfter, error.timeToReset, 1_000);
        logger.warn({ eventId: data.eventId, waitMs }, 'rate limited; the mirror waits');
        await job.moveToDelayed(Date.now() + waitMs, token);
        throw new DelayedError();
      }
    },
    { logger, exclusive: { key: (data) => data.eventId, locks, ttlMs: 60_000 } },
  );

  const reconcile = async (): Promise<number> => {
    const now = options.clock.now();
    const upcoming = await options.store.events.between(
      { from: now, to: new Date(now.getTime() + RECONCILE_AHEAD_MS) },
      { limit: RECONCILE_LIMIT, offset: 0 },
    );
    const mirrored = await options.store.discordScheduledEvents.eventIds(1_000);
    const ids = new Set([...upcoming.items.map((event) => event.id), ...mirrored]);
    for (const eventId of ids) await queueDiscordEventMirror(producer.queue, eventId, now);
    return ids.size;
  };
  const reconcileQuietly = () => {
    reconcile().catch((error: unknown) =>
      logger.warn({ err: error }, 'could not queue the Events tab reconcile; it runs again later'),
    );
  };
  reconcileQuietly();
  const everyMs = options.reconcileEveryMs ?? RECONCILE_EVERY_MS;
  const timer = everyMs > 0 ? setInterval(reconcileQuietly, everyMs) : undefined;
  timer?.unref();

  return {
    reconcile,
    async close() {
      if (timer) clearInterval(timer);
      await worker.close();
      await producer.close();
      await locks.close();
    },
  };
}
