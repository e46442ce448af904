import { Redis } from 'ioredis';
import type { RedisTarget } from './redis-target';

/**
 * Deletes every key under the target's prefix (all its queues, jobs and schedulers). For test
 * clean-up and for operators retiring a deployment; never called by the running system.
 */
export async function removePrefixedKeys(redis: RedisTarget): Promise<number> {
  const client = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  let removed = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${redis.prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) removed += await client.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
  return removed;
}
