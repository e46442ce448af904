import { Redis } from 'ioredis';
import type { RedisTarget } from '../redis/redis-target';

/**
 * Takes the next turn of `KEYS[1]` when it is free: 0 and the turn is taken (the next one is
 * `ARGV[1]` ms later), else the ms until it is free. Redis's own clock, so every process agrees.
 */
const takeTurnScript = `
local time = redis.call('time')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local free = tonumber(redis.call('get', KEYS[1]) or '0')
if now >= free then
  redis.call('set', KEYS[1], tostring(now + tonumber(ARGV[1])), 'PX', tonumber(ARGV[1]) * 2)
  return 0
end
return free - now`;

export interface ChannelPace {
  /** 0 when `key` may send now (its turn is taken), else how many ms until it may. */
  takeTurn(key: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * At most one message per `everyMs` per key (a channel), across every process consuming the
 * queue: the turns live in Redis under `<prefix>:pace:<name>:<key>`.
 */
export function openChannelPace(redis: RedisTarget, name: string, everyMs: number): ChannelPace {
  const client = new Redis(redis.url, { maxRetriesPerRequest: 3, lazyConnect: true });
  client.on('error', () => undefined);
  const connected = client.connect();
  return {
    async takeTurn(key) {
      await connected;
      const wait = await client.eval(
        takeTurnScript,
        1,
        `${redis.prefix}:pace:${name}:${key}`,
        String(everyMs),
      );
      return Number(wait);
    },
    async close() {
      await connected.catch(() => undefined);
      await client.quit().catch(() => client.disconnect());
    },
  };
}
