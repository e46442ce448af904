import { describe, expect, it } from 'vitest';
import { fixedClock } from '@glokal/domain';
import { createTestStore } from './create-test-store';

describe('createTestStore', () => {
  it('gives each caller an empty store of its own', async () => {
    const clock = fixedClock('2026-06-01T10:00:00Z');
    const first = await createTestStore({ clock });
    const second = await createTestStore({ clock });
    try {
      expect(
        await first.store.deliveries.claim({ key: 'k', platform: 'slack', channelId: 'C1' }),
      ).toBe(true);
      expect(
        await second.store.deliveries.claim({ key: 'k', platform: 'slack', channelId: 'C1' }),
      ).toBe(true);
      expect((await first.store.deliveries.byKey('k'))?.createdAt).toEqual(
        new Date('2026-06-01T10:00:00Z'),
      );
      expect(await second.opened.isEmpty()).toBe(true);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
