import type { z } from 'zod';
import type { DefaultJobOptions } from 'bullmq';
import type { QueueName } from './queue-names';

/**
 * One queue's contract: its name, the schema of its job data (checked when a job is added and
 * again when a worker takes it) and its default options. Producers and workers are built from
 * a definition, so there is one place to read what a queue promises.
 */
export interface QueueDefinition<Payload extends z.ZodType> {
  readonly name: QueueName;
  readonly payload: Payload;
  readonly jobOptions: DefaultJobOptions;
  /** How many jobs one worker process runs at a time. */
  readonly concurrency: number;
  /** How long a worker holds a job before BullMQ thinks it stalled (ms). */
  readonly lockDurationMs: number;
}

export function defineQueue<Payload extends z.ZodType>(
  definition: QueueDefinition<Payload>,
): QueueDefinition<Payload> {
  return Object.freeze({ ...definition, jobOptions: Object.freeze({ ...definition.jobOptions }) });
}

const day = 24 * 3600;

/** Keep the last thousand finished jobs (a week at most) for the dashboard; failures longer. */
export const keepFinished = {
  removeOnComplete: { count: 1000, age: 7 * day },
  removeOnFail: { count: 5000, age: 30 * day },
} as const satisfies DefaultJobOptions;
