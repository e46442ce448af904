import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { ChatPlatform, DeliveryRepository } from '@glokal/domain';
import type { Logger } from '@glokal/config';
import { deliveryQueue } from '../definitions/queues';
import type { RedisTarget } from '../redis/redis-target';
import { startQueueWorker } from '../runtime/start-queue-worker';
import { DeliveryRateLimited, DeliveryRejected } from './delivery-errors';
import type { DeliveryJob } from './delivery-job';

export interface DeliveryConsumerOptions {
  platform: ChatPlatform;
  redis: RedisTarget;
  deliveries: DeliveryRepository;
  /**
   * Posts one message (the app reads the subject from the store and renders it). Throws
   * `DeliveryRateLimited` on a 429, `DeliveryRejected` when retrying cannot help, anything
   * else for a failure worth retrying.
   */
  deliver: (job: DeliveryJob) => Promise<{ messageId?: string }>;
  logger: Logger;
  concurrency?: number;
}

export interface DeliveryConsumer {
  /** Takes no new jobs, waits for running ones, closes the connection. */
  close(): Promise<void>;
}

export type DeliveryOutcome = { outcome: 'sent'; messageId?: string } | { outcome: 'already-sent' };

/**
 * Consumes one platform's delivery queue: each key is sent at most once as far as the store
 * knows (a key marked `sent` is skipped), failures are retried with backoff and the last one
 * is recorded, and a platform 429 pauses the queue for Retry-After without using an attempt.
 */
export function startDeliveryConsumer(options: DeliveryConsumerOptions): DeliveryConsumer {
  const { platform, deliveries, deliver } = options;
  const logger = options.logger.child({ consumer: `deliver-${platform}` });

  const process = async (data: DeliveryJob, job: Job, worker: Worker): Promise<DeliveryOutcome> => {
    if (data.platform !== platform) {
      throw new UnrecoverableError(`a ${data.platform} delivery in the ${platform} queue`);
    }
    const known = await deliveries.byKey(data.key);
    if (known?.state === 'sent') return { outcome: 'already-sent' };
    if (!known) await deliveries.claim({ key: data.key, platform, channelId: data.channelId });
    try {
      const { messageId } = await deliver(data);
      await deliveries.markSent(data.key, messageId);
      return messageId === undefined ? { outcome: 'sent' } : { outcome: 'sent', messageId };
    } catch (error) {
      if (error instanceof DeliveryRateLimited) {
        logger.warn(
          { key: data.key, retryAfterMs: error.retryAfterMs },
          'rate limited; pausing the queue',
        );
        await worker.rateLimit(Math.max(1, Math.ceil(error.retryAfterMs)));
        throw Worker.RateLimitError();
      }
      const permanent = error instanceof DeliveryRejected || error instanceof UnrecoverableError;
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (permanent || lastAttempt) {
        await deliveries.markFailed(data.key, describe(error));
        logger.error({ key: data.key, err: error }, 'delivery failed for good');
      }
      if (error instanceof DeliveryRejected) throw new UnrecoverableError(error.message);
      throw error;
    }
  };

  const worker = startQueueWorker(deliveryQueue(platform), options.redis, process, {
    logger,
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
  });
  return { close: () => worker.close() };
}

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(
    0,
    1000,
  );
}
