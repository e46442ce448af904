import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeason, SEASON_NOW } from '@glokal/chat/testing';
import { fixedClock } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import {
  fakeClusterGuild,
  fakeOtherChannelId,
  fakeOtherGuild,
  fakeOtherGuildId,
} from '@glokal/testing/discord';
import { embedText, startBotOnFake, type BotOnFake } from './testing/bot-on-fake.fixture';

let test: TestStore;
let on: BotOnFake;

beforeAll(async () => {
  test = await createTestStore({ clock: fixedClock(SEASON_NOW) });
  await loadSeason(test.store);
  // Discord recommends two shards and, as for a bot past its limit, refuses one holding both
  // servers (the cluster's is on shard 1, the other on shard 0).
  on = await startBotOnFake(test.store, {
    fake: {
      guilds: [fakeClusterGuild, fakeOtherGuild],
      recommendedShards: 2,
      guildsPerShard: 1,
    },
  });
});
afterAll(async () => {
  await on?.close();
  await test?.close();
});

describe('the Discord bot with the shards Discord recommends', () => {
  it('identifies once per recommended shard, in one process', () => {
    expect(on.fake.gateway.shards).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(on.bot.client.ws.shards.size).toBe(2);
  });

  it('answers in the cluster’s server, whose interactions come on its own shard', async () => {
    const answer = await on.ask({ userId: '3000000000000000031', locale: 'en-US' }, 'members', {});
    expect(embedText(answer.message)).toContain('CKZiU');
  });

  it('still turns away a server that is not the cluster’s, on the other shard', async () => {
    const answer = await on.ask(
      {
        userId: '3000000000000000032',
        locale: 'en-US',
        guildId: fakeOtherGuildId,
        channelId: fakeOtherChannelId,
      },
      'members',
      {},
    );
    expect(embedText(answer.message)).not.toContain('CKZiU');
    expect(answer.callbackType).toBe(4);
  });
});
