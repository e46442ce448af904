import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { removePrefixedKeys } from '../redis/remove-prefixed-keys';
import { openLocks } from './redis-lock';

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-${randomUUID()}`,
};
afterAll(() => removePrefixedKeys(redis));

describe('openLocks', () => {
  it('lets one holder at a time have a lock, across connections', async () => {
    const [first, second] = [openLocks(redis), openLocks(redis)];
    try {
      const held = await first.acquire('calendar:a', 5_000);
      expect(held).toBeDefined();
      expect(await second.acquire('calendar:a', 5_000)).toBeUndefined();
      expect(await second.acquire('calendar:b', 5_000)).toBeDefined();
      await held?.release();
      expect(await second.acquire('calendar:a', 5_000)).toBeDefined();
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('keeps a lock while its holder lives and frees it when the holder is gone', async () => {
    const [holder, other] = [openLocks(redis), openLocks(redis)];
    try {
      expect(await holder.acquire('drive:x', 300)).toBeDefined();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await other.acquire('drive:x', 300)).toBeUndefined();
      await holder.close();
      const deadline = Date.now() + 5_000;
      let taken = await other.acquire('drive:x', 300);
      while (!taken && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        taken = await other.acquire('drive:x', 300);
      }
      expect(taken).toBeDefined();
    } finally {
      await other.close();
    }
  });
});
