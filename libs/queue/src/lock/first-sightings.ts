import { openOnDemandRedis } from '../redis/on-demand-redis';
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
  const connection = openOnDemandRedis(redis.url);
  return {
    async firstTime(name, ttlMs) {
      const client = await connection.connected();
      const taken = await client.set(`${redis.prefix}:seen:${name}`, '1', 'PX', ttlMs, 'NX');
      return taken === 'OK';
    },
    close: () => connection.close(),
  };
}
