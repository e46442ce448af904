import { openOnDemandRedis } from './on-demand-redis';
import type { RedisTarget } from './redis-target';

export interface RedisProbe {
  /** True when Redis answers PING within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

/** One long-lived connection for readiness checks (`/readyz`), so a probe opens no sockets. */
export function openRedisProbe(redis: RedisTarget): RedisProbe {
  const connection = openOnDemandRedis(redis.url);
  return {
    async ping(timeoutMs = 1000) {
      try {
        const client = await connection.connected();
        const answer = await Promise.race([
          client.ping(),
          new Promise<'timeout'>((resolve) =>
            setTimeout(() => resolve('timeout'), timeoutMs).unref(),
          ),
        ]);
        return answer === 'PONG';
      } catch {
        return false;
      }
    },
    close: () => connection.close(),
  };
}
