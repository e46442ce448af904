import { Queue } from 'bullmq';
import type { ChatPlatform } from '@glokal/domain';
import { deliveryQueue } from '../definitions/queues';
import { bullOptions, type RedisTarget } from '../redis/redis-target';
import { DeliveryJob } from './delivery-job';
import { deliveryJobId } from './delivery-job-id';

export interface DeliveryProducer {
  /**
   * Queues one message for its platform's app. The job id comes from the key, so adding a key
   * that is still queued changes nothing; the consumer also skips keys already sent.
   */
  enqueueDelivery(job: DeliveryJob, options?: { delayMs?: number }): Promise<void>;
  close(): Promise<void>;
}

export function openDeliveryProducer(redis: RedisTarget): DeliveryProducer {
  const opened = new Map<ChatPlatform, Queue>();
  const queueFor = (platform: ChatPlatform): Queue => {
    const existing = opened.get(platform);
    if (existing) return existing;
    const definition = deliveryQueue(platform);
    const queue = new Queue(definition.name, {
      ...bullOptions(redis),
      defaultJobOptions: definition.jobOptions,
    });
    opened.set(platform, queue);
    return queue;
  };
  return {
    async enqueueDelivery(job, options) {
      const data = DeliveryJob.parse(job);
      await queueFor(data.platform).add(data.message.type, data, {
        jobId: deliveryJobId(data.key),
        ...(options?.delayMs ? { delay: options.delayMs } : {}),
      });
    },
    async close() {
      await Promise.all([...opened.values()].map((queue) => queue.close()));
      opened.clear();
    },
  };
}
