import { systemClock, type Clock, type ClusterStore } from '@glokal/domain';
import type { Logger } from '@glokal/config';
import type { RedisTarget } from '../redis/redis-target';
import { openOutboxQueues } from './outbox-queues';
import { relayOutbox } from './relay-outbox';

export interface OpenedChatJobs {
  /** Relays pending outbox messages now: best effort, bounded, never throws. */
  relayNow(): Promise<void>;
  close(): Promise<void>;
}

export interface ChatJobsOptions {
  logger: Logger;
  clock?: Clock;
  /** How long a chat reply waits for the relay at most (default 500 ms). */
  timeoutMs?: number;
}

/**
 * The chat apps' `ChatJobs`: after a handler's transaction, moves its outbox messages to the
 * worker's queues at once so the worker acts within a moment. Redis being away must not slow a
 * reply: commands fail at once instead of waiting for a reconnect (no offline queue), the wait
 * is bounded, and errors are logged and swallowed; the worker's own relay moves the messages
 * once Redis is back. Passes never overlap: a call during one waits for that one.
 */
export function openChatJobs(
  redis: RedisTarget,
  store: Pick<ClusterStore, 'outbox'>,
  options: ChatJobsOptions,
): OpenedChatJobs {
  const logger = options.logger.child({ part: 'chat-jobs' });
  const timeoutMs = options.timeoutMs ?? 500;
  const queues = openOutboxQueues(redis, {
    url: redis.url,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: timeoutMs,
  });
  let running: Promise<void> | undefined;
  const pass = () =>
    relayOutbox({ outbox: store.outbox, queues, clock: options.clock ?? systemClock, rounds: 1 })
      .then((relayed) => {
        if (relayed > 0) logger.debug({ relayed }, 'outbox relayed');
      })
      .catch((error: unknown) => {
        logger.warn(
          { err: error instanceof Error ? error.message : String(error) },
          'outbox not relayed now; the worker relays it later',
        );
      })
      .finally(() => {
        running = undefined;
      });
  return {
    async relayNow() {
      running ??= pass();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          logger.warn({ timeoutMs }, 'outbox relay is slow; the reply goes on without it');
          resolve();
        }, timeoutMs);
        timer.unref();
      });
      try {
        await Promise.race([running, late]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      const bound = () => new Promise((resolve) => setTimeout(resolve, timeoutMs).unref());
      await Promise.race([running, bound()]);
      await Promise.race([queues.close(), bound()]);
    },
  };
}
