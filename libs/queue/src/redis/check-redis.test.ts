import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { checkRedis, redactRedisUrl } from './check-redis';

/** A loopback server speaking just enough RESP: INFO, and CONFIG GET maxmemory-policy. */
async function redisAnswering(policy: string): Promise<{ url: string; server: Server }> {
  const bulk = (text: string) => `$${Buffer.byteLength(text)}\r\n${text}\r\n`;
  const answer = (command: string) => {
    if (command === 'info') return bulk('# Server\r\nredis_version:7.2.4\r\nloading:0\r\n');
    if (command === 'config') return `*2\r\n${bulk('maxmemory-policy')}${bulk(policy)}`;
    return '+OK\r\n';
  };
  const server = createServer((socket) => {
    socket.on('data', (data) => {
      // Each command is an array of bulk strings; its name is the first one.
      for (const match of data.toString().matchAll(/\*\d+\r\n\$\d+\r\n([^\r]+)\r\n/g)) {
        socket.write(answer((match[1] ?? '').toLowerCase()));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { url: `redis://127.0.0.1:${address.port}`, server };
}

const url = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('checkRedis', () => {
  it('passes a reachable Redis that keeps every key', async () => {
    const check = await checkRedis({ url, prefix: 'unused' });
    expect(check).toMatchObject({ ok: true, evictionPolicy: 'noeviction' });
  });

  it('explains what to do when nothing answers at REDIS_URL', async () => {
    const check = await checkRedis(
      { url: 'redis://127.0.0.1:1', prefix: 'unused' },
      { timeoutMs: 500 },
    );
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problem).toBe('unreachable');
    expect(!check.ok && check.message).toMatch(/REDIS_URL.*Start Redis/s);
  });

  it('refuses a Redis that may evict keys, and says how to set noeviction', async () => {
    const { url: lru, server } = await redisAnswering('allkeys-lru');
    try {
      const check = await checkRedis({ url: lru, prefix: 'unused' });
      expect(check.ok).toBe(false);
      expect(!check.ok && check.problem).toBe('eviction-policy');
      expect(!check.ok && check.message).toMatch(
        /maxmemory-policy=allkeys-lru.*CONFIG SET maxmemory-policy noeviction/s,
      );
    } finally {
      server.close();
    }
  });

  it('never shows the password of the URL', () => {
    expect(redactRedisUrl('redis://:s3cret@redis.internal:6379/0')).toBe(
      'redis://:***@redis.internal:6379/0',
    );
  });
});
