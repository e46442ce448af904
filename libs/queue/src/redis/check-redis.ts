import { Redis } from 'ioredis';
import type { RedisTarget } from './redis-target';

export type RedisCheck =
  | { ok: true; version: string; evictionPolicy: string | undefined; warning?: string }
  | { ok: false; problem: 'unreachable' | 'eviction-policy'; message: string };

/** The URL without its password, for messages and logs. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unreadable REDIS_URL)';
  }
}

/**
 * Checks, before anything starts, that Redis answers and keeps every key: BullMQ keeps jobs
 * as keys, so an eviction policy other than `noeviction` can make jobs vanish under memory
 * pressure. A Redis that hides `CONFIG` (some managed services) passes with a warning.
 */
export async function checkRedis(
  redis: RedisTarget,
  options: { timeoutMs?: number } = {},
): Promise<RedisCheck> {
  const where = redactRedisUrl(redis.url);
  const client = new Redis(redis.url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: options.timeoutMs ?? 3000,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const info = await client.info('server');
    const version = /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown';
    let policy: string | undefined;
    try {
      const answer = await client.config('GET', 'maxmemory-policy');
      policy = Array.isArray(answer) && typeof answer[1] === 'string' ? answer[1] : undefined;
    } catch {
      return {
        ok: true,
        version,
        evictionPolicy: undefined,
        warning: `Redis at ${where} does not allow CONFIG GET, so its eviction policy is unknown; make sure maxmemory-policy is noeviction.`,
      };
    }
    if (policy !== undefined && policy !== 'noeviction') {
      return {
        ok: false,
        problem: 'eviction-policy',
        message:
          `Redis at ${where} has maxmemory-policy=${policy}; queued jobs could be evicted and lost. ` +
          'Set it to noeviction: `redis-cli CONFIG SET maxmemory-policy noeviction` now, and ' +
          '`maxmemory-policy noeviction` in redis.conf (or `--maxmemory-policy noeviction`) so it stays.',
      };
    }
    return { ok: true, version, evictionPolicy: policy };
  } catch (error) {
    return {
      ok: false,
      problem: 'unreachable',
      message:
        `Glokal cannot reach Redis at ${where} (REDIS_URL): ${error instanceof Error ? error.message : String(error)}. ` +
        'Start Redis (`docker compose up -d redis`, or `redis-server` on this machine) or point REDIS_URL at a running one.',
    };
  } finally {
    client.disconnect();
  }
}
