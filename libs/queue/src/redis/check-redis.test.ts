import { describe, expect, it } from 'vitest';
import { checkRedis, redactRedisUrl } from './check-redis';

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

  it('never shows the password of the URL', () => {
    expect(redactRedisUrl('redis://:s3cret@redis.internal:6379/0')).toBe(
      'redis://:***@redis.internal:6379/0',
    );
  });
});
