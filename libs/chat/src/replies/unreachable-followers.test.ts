import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../command';
import { loadSeason } from '../testing/season.fixture';
import { unreachableFollowers } from './unreachable-followers';

let test: TestStore;
let deps: ChatDeps;

beforeAll(async () => {
  test = await createTestStore();
  deps = await loadSeason(test.store);
});
afterAll(async () => test.close());

describe('followers a reminder could not reach', () => {
  it('names each follower once whose DM reminder was given up, with Polish plurals', async () => {
    const { store } = deps;
    const call = (await store.grants.byId('ka220-vet-2026'))!;
    const t = createTranslator('pl', 'Europe/Warsaw');
    expect(await unreachableFollowers(call, deps, t)).toEqual([]);

    const ana = await store.people.ensure({ platform: 'discord', userId: '4242' }, 'Ana Sousa');
    const jan = await store.people.ensure({ platform: 'slack', userId: 'U-JAN' }, 'Jan Nowak');
    const failures = [
      {
        key: `reminder:${call.id}:deadline:x:7d:person:${ana.id}`,
        platform: 'discord',
        channelId: '4242',
      },
      {
        key: `reminder:${call.id}:deadline:x:3d:person:${ana.id}`,
        platform: 'discord',
        channelId: '4242',
      },
      {
        key: `reminder:${call.id}:deadline:x:3d:person:${jan.id}`,
        platform: 'slack',
        channelId: 'U-JAN',
      },
    ] as const;
    for (const failure of failures) {
      await store.deliveries.claim(failure);
      await store.deliveries.markFailed(failure.key, 'cannot_dm_bot', { undeliverable: true });
    }
    // Another call's failure and a delivery that failed for another reason are not listed.
    await store.deliveries.claim({
      key: 'reminder:ka210-2026:x',
      platform: 'slack',
      channelId: 'U-X',
    });
    await store.deliveries.markFailed('reminder:ka210-2026:x', 'x', { undeliverable: true });

    const [line] = await unreachableFollowers(call, deps, t);
    expect(line).toMatch(/^2 osoby obserwujące nie dostały przypomnienia/);
    expect(line).toContain('Ana Sousa');
    expect(line).toContain('Jan Nowak');
    expect(await unreachableFollowers(call, deps, createTranslator('en', 'Europe/Warsaw'))).toEqual(
      [
        expect.stringMatching(
          /^2 followers could not be reached by direct message .*Ask them to open their DMs to Glokal\.$/,
        ),
      ],
    );
  });
});
