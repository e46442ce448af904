import { Queue, Worker } from 'bullmq';
import type { RedisTarget } from '@glokal/queue';

const BULK = 1000;

export interface BareDelayedRun {
  /** Start of each job's processing after its due time, ms. */
  lateness: number[];
  /** Due time to the last job's start, ms. */
  lastMs: number;
  /** When the jobs were all added, ms before their due time (negative: after it). */
  addedBeforeDueMs: number;
}

/**
 * The reference for a burst of reminders: `count` empty delayed jobs on bare BullMQ, all due
 * `leadMs` from now, taken by one worker of `concurrency`; each sample is the job's start
 * minus its due time. Its queue lives under `redis.prefix`, which the caller removes.
 */
export async function runBareDelayedJobs(
  redis: RedisTarget,
  options: { count: number; leadMs: number; concurrency: number; timeoutMs: number },
): Promise<BareDelayedRun> {
  const connection = { url: redis.url };
  const queue = new Queue('bare-delayed', { connection, prefix: redis.prefix });
  const lateness: number[] = [];
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const worker = new Worker<{ n: number; due: number }>(
    'bare-delayed',
    async (job) => {
      lateness.push(Date.now() - job.data.due);
      if (lateness.length === options.count) finish();
    },
    { connection, prefix: redis.prefix, concurrency: options.concurrency },
  );
  try {
    await worker.waitUntilReady();
    const due = Date.now() + options.leadMs;
    for (let from = 0; from < options.count; from += BULK) {
      const size = Math.min(BULK, options.count - from);
      await queue.addBulk(
        Array.from({ length: size }, (_, index) => ({
          name: 'noop',
          data: { n: from + index, due },
          opts: { delay: Math.max(0, due - Date.now()), removeOnComplete: true },
        })),
      );
    }
    const addedBeforeDueMs = due - Date.now();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, options.leadMs + options.timeoutMs);
    });
    await Promise.race([done, timedOut]);
    clearTimeout(timer);
    return { lateness, lastMs: Math.max(...lateness), addedBeforeDueMs };
  } finally {
    await worker.close();
    await queue.close();
  }
}
