import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLogger } from '@glokal/config';
import { defineQueue } from '../definitions/define-queue';
import { QueueNames } from '../definitions/queue-names';
import { openLocks } from '../lock/redis-lock';
import { removePrefixedKeys } from '../redis/remove-prefixed-keys';
import { openProducer } from './open-producer';
import { startQueueWorker, type JobObservation } from './start-queue-worker';

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-${randomUUID()}`,
};
const logger = createLogger({ level: 'silent' });
afterAll(() => removePrefixedKeys(redis));

const definition = defineQueue({
  name: QueueNames.calendarSync,
  payload: z.object({ calendarId: z.string(), n: z.number() }),
  jobOptions: { attempts: 2, backoff: { type: 'fixed', delay: 10 } },
  concurrency: 4,
  lockDurationMs: 10_000,
});

describe('startQueueWorker', () => {
  it('runs at most one job per key at a time across two workers, and every job in the end', async () => {
    const producer = openProducer(definition, redis);
    const locks = [openLocks(redis), openLocks(redis)];
    const running = new Map<string, number>();
    let mostAtOnce = 0;
    const done: number[] = [];
    const observations: JobObservation[] = [];
    const work = async (data: { calendarId: string; n: number }) => {
      const now = (running.get(data.calendarId) ?? 0) + 1;
      running.set(data.calendarId, now);
      mostAtOnce = Math.max(mostAtOnce, now);
      await new Promise((resolve) => setTimeout(resolve, 30));
      running.set(data.calendarId, now - 1);
      done.push(data.n);
    };
    const workers = locks.map((lockService) =>
      startQueueWorker(definition, redis, work, {
        logger,
        exclusive: { key: (data) => data.calendarId, locks: lockService, retryDelayMs: 20 },
        observe: (observation) => observations.push(observation),
      }),
    );
    try {
      for (let n = 0; n < 8; n += 1) await producer.add('sync', { calendarId: 'shared', n });
      const deadline = Date.now() + 15_000;
      const completed = () => observations.filter((seen) => seen.outcome === 'completed').length;
      // A job's observation comes after its work returns: wait for both.
      while ((done.length < 8 || completed() < 8) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 25));
      expect(done.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(mostAtOnce).toBe(1);
      expect(observations.filter((seen) => seen.outcome === 'completed')).toHaveLength(8);
      expect(observations.some((seen) => seen.outcome === 'waited')).toBe(true);
    } finally {
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all(locks.map((lockService) => lockService.close()));
      await producer.close();
    }
  });

  it('refuses data that does not fit the schema when it is added', async () => {
    const producer = openProducer(definition, redis);
    try {
      await expect(producer.add('sync', JSON.parse('{"calendarId":42,"n":"x"}'))).rejects.toThrow();
    } finally {
      await producer.close();
    }
  });
});
