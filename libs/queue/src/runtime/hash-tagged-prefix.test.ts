import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { createLogger } from '@glokal/config';
import { defineQueue } from '../definitions/define-queue';
import { QueueNames } from '../definitions/queue-names';
import { openLocks } from '../lock/redis-lock';
import { removePrefixedKeys } from '../redis/remove-prefixed-keys';
import { openProducer } from './open-producer';
import { startQueueWorker } from './start-queue-worker';

/*
 * Redis Cluster keeps a Lua script's keys in one slot only when they share a hash tag, so a
 * deployment on a cluster sets QUEUE_PREFIX to a tag such as `{glokal}`. On plain Redis the
 * same prefix must work: jobs run, delayed ones too, and locks are taken under it.
 */
const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `{test-${randomUUID()}}`,
};
const logger = createLogger({ level: 'silent' });
afterAll(() => removePrefixedKeys(redis));

const definition = defineQueue({
  name: QueueNames.calendarSync,
  payload: z.object({ calendarId: z.string() }),
  jobOptions: { attempts: 1 },
  concurrency: 1,
  lockDurationMs: 10_000,
});

describe('a hash-tagged QUEUE_PREFIX such as {glokal}', () => {
  it('runs a job and a delayed job, takes a lock, and keeps every key under the tag', async () => {
    const producer = openProducer(definition, redis);
    const locks = openLocks(redis);
    const ran: string[] = [];
    const worker = startQueueWorker(
      definition,
      redis,
      async (data) => {
        ran.push(data.calendarId);
      },
      {
        logger,
        exclusive: { key: (data) => data.calendarId, locks, retryDelayMs: 20 },
      },
    );
    const client = new Redis(redis.url);
    try {
      await producer.add('sync', { calendarId: 'now' });
      await producer.add('sync', { calendarId: 'later' }, { delay: 200 });
      const deadline = Date.now() + 15_000;
      while (ran.length < 2 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 25));
      expect(ran.sort()).toEqual(['later', 'now']);
      const held = await locks.acquire('probe', 10_000);
      expect(held).toBeDefined();

      const keys: string[] = [];
      let cursor = '0';
      do {
        const [next, found] = await client.scan(cursor, 'MATCH', '*', 'COUNT', 1000);
        cursor = next;
        keys.push(...found.filter((key) => key.includes(redis.prefix.slice(1, -1))));
      } while (cursor !== '0');
      expect(keys).toContain(`${redis.prefix}:lock:probe`);
      expect(keys).toContain(`${redis.prefix}:${definition.name}:meta`);
      // The whole tag leads every key, so Redis Cluster hashes them all to one slot.
      expect(keys.filter((key) => !key.startsWith(`${redis.prefix}:`))).toEqual([]);
    } finally {
      client.disconnect();
      await worker.close();
      await locks.close();
      await producer.close();
    }
  });
});
