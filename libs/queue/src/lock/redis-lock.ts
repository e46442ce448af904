import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { RedisTarget } from '../redis/redis-target';

const releaseScript = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;
const extendScript = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;

export interface HeldLock {
  release(): Promise<void>;
}

export interface Locks {
  /** The lock named `name`, or undefined when another holder has it. Renewed until released. */
  acquire(name: string, ttlMs: number): Promise<HeldLock | undefined>;
  close(): Promise<void>;
}

/**
 * Named locks in Redis under the queue prefix (`<prefix>:lock:<name>`): `SET NX PX` with a
 * token of our own, renewed at a third of its time to live while held, released only by its
 * holder. A holder that dies lets the lock expire after `ttlMs`.
 */
export function openLocks(redis: RedisTarget): Locks {
  const client = new Redis(redis.url, { maxRetriesPerRequest: 3, lazyConnect: true });
  client.on('error', () => undefined);
  const connected = client.connect();
  const renewals = new Set<NodeJS.Timeout>();
  return {
    async acquire(name, ttlMs) {
      await connected;
      const key = `${redis.prefix}:lock:${name}`;
      const token = randomUUID();
      const taken = await client.set(key, token, 'PX', ttlMs, 'NX');
      if (taken !== 'OK') return undefined;
      const renewal = setInterval(
        () => {
          client.eval(extendScript, 1, key, token, String(ttlMs)).catch(() => undefined);
        },
        Math.max(100, Math.floor(ttlMs / 3)),
      );
      renewal.unref();
      renewals.add(renewal);
      return {
        async release() {
          clearInterval(renewal);
          renewals.delete(renewal);
          await client.eval(releaseScript, 1, key, token);
        },
      };
    },
    /** Stops renewing (held locks then expire) and disconnects; like a process that dies. */
    async close() {
      for (const renewal of renewals) clearInterval(renewal);
      renewals.clear();
      await connected.catch(() => undefined);
      await client.quit().catch(() => client.disconnect());
    },
  };
}
