import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { z } from 'zod';
import type { Logger } from '@glokal/config';
import type { QueueDefinition } from '../definitions/define-queue';
import { bullOptions, type RedisTarget } from '../redis/redis-target';

export type QueueProcessor<Payload extends z.ZodType> = (
  data: z.output<Payload>,
  job: Job,
  worker: Worker,
) => Promise<unknown>;

export interface QueueWorkerOptions {
  logger: Logger;
  concurrency?: number;
  /** Start taking jobs at once (default) or only after `worker.run()`. */
  autorun?: boolean;
}

/**
 * A BullMQ worker for one queue. Job data is checked against the queue's schema when the job
 * is taken: data that does not fit can never succeed, so it fails at once (UnrecoverableError)
 * instead of being retried.
 */
export function startQueueWorker<Payload extends z.ZodType>(
  definition: QueueDefinition<Payload>,
  redis: RedisTarget,
  process: QueueProcessor<Payload>,
  options: QueueWorkerOptions,
): Worker {
  const logger = options.logger.child({ queue: definition.name });
  const worker: Worker = new Worker(
    definition.name,
    async (job: Job) => {
      const parsed = definition.payload.safeParse(job.data);
      if (!parsed.success) {
        logger.error({ jobId: job.id, issues: parsed.error.issues }, 'job data does not fit the queue schema');
        throw new UnrecoverableError(`job data does not fit the ${definition.name} schema`);
      }
      return process(parsed.data, job, worker);
    },
    {
      ...bullOptions(redis),
      concurrency: options.concurrency ?? definition.concurrency,
      lockDuration: definition.lockDurationMs,
      autorun: options.autorun ?? true,
    },
  );
  worker.on('error', (error) => logger.error({ err: error }, 'queue worker error'));
  worker.on('failed', (job, error) =>
    logger.warn({ jobId: job?.id, attempt: job?.attemptsMade, err: error }, 'job failed'),
  );
  return worker;
}
