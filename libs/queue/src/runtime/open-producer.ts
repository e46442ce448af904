import { Queue, type Job, type JobsOptions } from 'bullmq';
import type { z } from 'zod';
import type { QueueDefinition } from '../definitions/define-queue';
import { bullOptions, type RedisTarget } from '../redis/redis-target';

/** Adds jobs to one queue, checking their data against the queue's schema first. */
export interface Producer<Payload extends z.ZodType> {
  readonly queue: Queue;
  add(name: string, data: z.input<Payload>, options?: JobsOptions): Promise<Job>;
  close(): Promise<void>;
}

export function openProducer<Payload extends z.ZodType>(
  definition: QueueDefinition<Payload>,
  redis: RedisTarget,
): Producer<Payload> {
  const queue = new Queue(definition.name, {
    ...bullOptions(redis),
    defaultJobOptions: definition.jobOptions,
  });
  return {
    queue,
    async add(name, data, options) {
      const payload = definition.payload.parse(data);
      return queue.add(name, payload, options);
    },
    close: () => queue.close(),
  };
}
