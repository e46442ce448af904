import { Redis } from 'ioredis';
import type { RedisTarget } from '../redis/redis-target';

export interface FirstSightings {
  /**
   * True the first time `name` is seen within `ttlMs`, across every process on this Redis;
   * false for each later time. Throws when Redis cannot answer, so the caller chooses.
   */
  firstTime(name: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Names seen once, in Redis under the queue prefix (`<prefix>:seen:<name>`, `SET NX PX`), so
 * several instances behind a load balancer agree on what was already seen. A name is
 * forgotten after its time to live.
 */
export function openFirstSightings(redis: RedisTarget): FirstSightings {
  const client = new Redis(redis.url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  client.on('error', () => undefined);
  let connecting: Promise<void> | undefined;
  return {
    async firstTime(name, ttlMs) {
      if (client.status === 'wait' || client.status === 'end') connecting = client.connect();
      await connecting;
      const taken = await client.set(`${redis.prefix}:seen:${name}`, '1', 'PX', ttlMs, 'NX');
      return taken === 'OK';
    },
    async close() {
      await connecting?.catch(() => undefined);
      await client.quit().catch(() => client.disconnect());
    },
  };
}
