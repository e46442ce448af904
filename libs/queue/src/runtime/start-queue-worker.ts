import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { z } from 'zod';
import type { Logger } from '@glokal/config';
import type { QueueDefinition } from '../definitions/define-queue';
import type { Locks } from '../lock/redis-lock';
import { bullOptions, type RedisTarget } from '../redis/redis-target';

export type QueueProcessor<Payload extends z.ZodType> = (
  data: z.output<Payload>,
  job: Job,
  worker: Worker,
  /** The job's lock token, for `job.moveToDelayed(at, token)` followed by `DelayedError`. */
  token?: string,
) => Promise<unknown>;

/** How one job went, for metrics. `waited`: its key was busy, so it was put back to wait. */
export interface JobObservation {
  queue: string;
  outcome: 'completed' | 'failed' | 'waited';
  durationMs: number;
}

export interface QueueWorkerOptions<Payload extends z.ZodType> {
  logger: Logger;
  concurrency?: number;
  /** Start taking jobs at once (default) or only after `worker.run()`. */
  autorun?: boolean;
  /**
   * At most one job per key runs at a time, across every worker process: a job whose key is
   * busy goes back to wait (delayed, no attempt used) and tries again after `retryDelayMs`.
   */
  exclusive?: {
    key: (data: z.output<Payload>) => string;
    locks: Locks;
    ttlMs?: number;
    retryDelayMs?: number;
  };
  observe?: (observation: JobObservation) => void;
  /** Overrides for tests: how long a job's lock lasts, how often stalled jobs are looked for. */
  tuning?: { lockDurationMs?: number; stalledIntervalMs?: number };
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
  options: QueueWorkerOptions<Payload>,
): Worker {
  const logger = options.logger.child({ queue: definition.name });
  const { exclusive, observe } = options;

  const run = async (
    data: z.output<Payload>,
    job: Job,
    token: string | undefined,
  ): Promise<unknown> => {
    if (!exclusive) return process(data, job, worker, token);
    const held = await exclusive.locks.acquire(
      `${definition.name}:${exclusive.key(data)}`,
      exclusive.ttlMs ?? 60_000,
    );
    if (!held) {
      const delay = (exclusive.retryDelayMs ?? 2_000) * (1 + Math.random() / 2);
      await job.moveToDelayed(Date.now() + delay, token);
      throw new DelayedError();
    }
    try {
      return await process(data, job, worker, token);
    } finally {
      await held.release();
    }
  };

  const worker: Worker = new Worker(
    definition.name,
    async (job: Job, token?: string) => {
      const parsed = definition.payload.safeParse(job.data);
      if (!parsed.success) {
        logger.error(
          { jobId: job.id, issues: parsed.error.issues },
          'job data does not fit the queue schema',
        );
        throw new UnrecoverableError(`job data does not fit the ${definition.name} schema`);
      }
      const started = performance.now();
      try {
        const result = await run(parsed.data, job, token);
        observe?.({
          queue: definition.name,
          outcome: 'completed',
          durationMs: performance.now() - started,
        });
        return result;
      } catch (error) {
        const outcome = error instanceof DelayedError ? 'waited' : 'failed';
        observe?.({ queue: definition.name, outcome, durationMs: performance.now() - started });
        throw error;
      }
    },
    {
      ...bullOptions(redis),
      concurrency: options.concurrency ?? definition.concurrency,
      lockDuration: options.tuning?.lockDurationMs ?? definition.lockDurationMs,
      ...(options.tuning?.stalledIntervalMs
        ? { stalledInterval: options.tuning.stalledIntervalMs }
        : {}),
      autorun: options.autorun ?? true,
    },
  );
  worker.on('error', (error) => logger.error({ err: error }, 'queue worker error'));
  worker.on('failed', (job, error) => {
    if (!(error instanceof DelayedError))
      logger.warn({ jobId: job?.id, attempt: job?.attemptsMade, err: error }, 'job failed');
  });
  return worker;
}
