import { Redis } from 'ioredis';

/** A Redis connection made on first use, again after it ended, that fails fast while Redis is away. */
export interface OnDemandRedis {
  /** The connected client; rejects when Redis cannot be reached now. */
  connected(): Promise<Redis>;
  close(): Promise<void>;
}

/**
 * One long-lived connection for calls on a request's path (readiness, replay checks): no
 * offline queue and one retry per command, so a call answers or fails at once instead of
 * waiting for Redis to come back.
 */
export function openOnDemandRedis(url: string): OnDemandRedis {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  client.on('error', () => undefined);
  let connecting: Promise<void> | undefined;
  return {
    async connected() {
      if (client.status === 'wait' || client.status === 'end') connecting = client.connect();
      await connecting;
      return client;
    },
    async close() {
      await connecting?.catch(() => undefined);
      await client.quit().catch(() => client.disconnect());
    },
  };
}
