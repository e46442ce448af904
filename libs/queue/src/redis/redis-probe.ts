import { Redis } from 'ioredis';
import type { RedisTarget } from './redis-target';

export interface RedisProbe {
  /** True when Redis answers PING within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

/** One long-lived connection for readiness checks (`/readyz`), so a probe opens no sockets. */
export function openRedisProbe(redis: RedisTarget): RedisProbe {
  const client = new Redis(redis.url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  client.on('error', () => undefined);
  let connecting: Promise<void> | undefined;
  return {
    async ping(timeoutMs = 1000) {
      try {
        if (client.status === 'wait' || client.status === 'end') connecting = client.connect();
        await connecting;
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
    async close() {
      client.disconnect();
    },
  };
}
