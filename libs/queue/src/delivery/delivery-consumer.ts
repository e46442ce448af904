import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { ChatPlatform, DeliveryRepository } from '@glokal/domain';
import type { Logger } from '@glokal/config';
import { deliveryQueue } from '../definitions/queues';
import type { RedisTarget } from '../redis/redis-target';
import { startQueueWorker } from '../runtime/start-queue-worker';
import { openChannelPace, type ChannelPace } from './channel-pace';
import { DeliveryRateLimited, DeliveryRejected, DeliveryUndeliverable } from './delivery-errors';
import type { DeliveryJob } from './delivery-job';

/** What `deliver` is told about the try it makes. */
export interface DeliveryAttempt {
  /** 1 for the first call to the platform, counted in the store across restarts. */
  number: number;
  /**
   * When an earlier try began, if one did: it may have posted the message without the store
   * hearing back (a crash, a timeout), so `deliver` looks for it from then before posting.
   */
  earlierTrySince?: Date;
}

export interface DeliveryConsumerOptions {
  platform: ChatPlatform;
  redis: RedisTarget;
  deliveries: DeliveryRepository;
  /**
   * Posts one message (the app reads the subject from the store and renders it), or finds the
   * one an earlier try posted. Throws `DeliveryRateLimited` on a 429, `DeliveryUndeliverable`
   * when the recipient cannot receive it, `DeliveryRejected` when retrying cannot help,
   * anything else for a failure worth retrying. Its SDK must not retry by itself: the queue does.
   */
  deliver: (job: DeliveryJob, attempt: DeliveryAttempt) => Promise<{ messageId?: string }>;
  /**
   * The platform's pace: at most one message per `everyMs` for each `key` (Slack: a channel,
   * about one a second). A job whose turn has not come waits in the queue, no attempt used.
   */
  pace?: { key: (job: DeliveryJob) => string; everyMs: number };
  logger: Logger;
  concurrency?: number;
}

export interface DeliveryConsumer {
  /** Takes no new jobs, waits for running ones, closes the connection. */
  close(): Promise<void>;
}

export type DeliveryOutcome =
  | { outcome: 'sent'; messageId?: string }
  | { outcome: 'already-sent' }
  | { outcome: 'undeliverable' };

/**
 * Consumes one platform's delivery queue so that each key is sent once: a key marked `sent`
 * (or failed as undeliverable) is skipped; the key is marked `sending` before every call to
 * the platform, so a retry after a crash or an unanswered call tells `deliver` to look for the
 * message first. Failures are retried with backoff (the queue is the only layer that retries),
 * the last one recorded; a 429 or the channel's pace delays the job without using an attempt.
 */
export function startDeliveryConsumer(options: DeliveryConsumerOptions): DeliveryConsumer {
  const { platform, deliveries, deliver } = options;
  const logger = options.logger.child({ consumer: `deliver-${platform}` });
  const pace: ChannelPace | undefined = options.pace
    ? openChannelPace(options.redis, `deliver-${platform}`, options.pace.everyMs)
    : undefined;

  /** Puts the job back to wait until `at`; BullMQ counts no attempt for it. */
  const delay = async (job: Job, token: string | undefined, waitMs: number): Promise<never> => {
    await job.moveToDelayed(Date.now() + Math.max(1, Math.ceil(waitMs)), token);
    throw new DelayedError();
  };

  const process = async (
    data: DeliveryJob,
    job: Job,
    _worker: unknown,
    token?: string,
  ): Promise<DeliveryOutcome> => {
    if (data.platform !== platform) {
      throw new UnrecoverableError(`a ${data.platform} delivery in the ${platform} queue`);
    }
    const known = await deliveries.byKey(data.key);
    if (known?.state === 'sent') return { outcome: 'already-sent' };
    if (known?.state === 'failed' && known.undeliverable) return { outcome: 'undeliverable' };
    if (!known) await deliveries.claim({ key: data.key, platform, channelId: data.channelId });
    if (pace && options.pace) {
      const waitMs = await pace.takeTurn(options.pace.key(data));
      // A little spread, so jobs waiting for the same channel do not all come back at once.
      if (waitMs > 0) await delay(job, token, waitMs + Math.random() * 250);
    }
    const sending = await deliveries.markSending(data.key);
    const attempt: DeliveryAttempt = {
      number: sending.attempts,
      ...(known?.sendingSince ? { earlierTrySince: known.sendingSince } : {}),
    };
    try {
      const { messageId } = await deliver(data, attempt);
      await deliveries.markSent(data.key, messageId);
      return messageId === undefined ? { outcome: 'sent' } : { outcome: 'sent', messageId };
    } catch (error) {
      if (error instanceof DeliveryRateLimited) {
        logger.warn(
          { key: data.key, retryAfterMs: error.retryAfterMs },
          'rate limited; the delivery waits for Retry-After',
        );
        await deliveries.recordError(data.key, describe(error));
        return delay(job, token, error.retryAfterMs);
      }
      const undeliverable = error instanceof DeliveryUndeliverable;
      const permanent = error instanceof DeliveryRejected || error instanceof UnrecoverableError;
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (permanent || lastAttempt) {
        await deliveries.markFailed(data.key, describe(error), { undeliverable });
        logger.error({ key: data.key, undeliverable, err: error }, 'delivery failed for good');
      } else {
        await deliveries.recordError(data.key, describe(error));
      }
      if (error instanceof DeliveryRejected) throw new UnrecoverableError(error.message);
      throw error;
    }
  };

  const worker = startQueueWorker(deliveryQueue(platform), options.redis, process, {
    logger,
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
  });
  return {
    async close() {
      await worker.close();
      await pace?.close();
    },
  };
}

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(
    0,
    1000,
  );
}
