import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  discordRateLimits,
  fakeClusterGuild,
  fakeGuildId,
  startFakeDiscord,
  type FakeDiscord,
} from '@glokal/testing/discord';
import { startOwnRedis, type OwnRedis } from '@glokal/testing/redis';
import { startFakeSlack, type FakeSlack } from '@glokal/testing/slack';
import { deliveredAtFakes, repeated } from '../test-support/delivered-at-fakes';
import { startGlokalProcess, within, type GlokalProcess } from '../test-support/glokal-process';
import {
  openSharedStore,
  reminderJobsLeft,
  seedReminderBurst,
  type SharedStore,
} from '../test-support/reminder-burst';

/*
 * A Redis of the test's own with an append-only file synced on every write, and `npm start`'s
 * process sending a burst of grant-deadline reminders: 3 calls × 2 deadlines × (6 Slack
 * channels + 2 Discord channels) = 48. Slack takes one post a second per channel, so the burst
 * lasts several seconds; Redis is killed in the middle of it and started again on its port
 * and folder a few seconds later. Slack also answers a few posts with 500 and one with 429.
 */
const CALLS = 3;
const slackChannels = Array.from({ length: 6 }, (_, n) => `C0REDIS${n + 1}`);
const discordChannels = ['1181000000000000201', '1181000000000000202'];
const REMINDERS = CALLS * 2 * (slackChannels.length + discordChannels.length);
const prefix = `test-redis-restart-${randomUUID()}`;

let slack: FakeSlack;
let discord: FakeDiscord;
let redis: OwnRedis;
let redisDir: string;
let store: SharedStore;
let expected: { slack: string[]; discord: string[] };
let glokal: GlokalProcess | undefined;

const allKeys = () => [...expected.slack, ...expected.discord];
const delivered = () => deliveredAtFakes({ slack, discord }, allKeys());
const deliveredCount = () => {
  const now = delivered();
  return now.slack.length + now.discord.length + now.unnamed.length;
};

beforeAll(async () => {
  redisDir = await mkdtemp(join(tmpdir(), 'glokal-redis-aof-'));
  redis = await startOwnRedis({ appendOnlyDir: redisDir });
  slack = await startFakeSlack({ postsPerChannelEveryMs: 1000 });
  discord = await startFakeDiscord({
    guilds: [
      {
        ...fakeClusterGuild,
        channels: [
          ...fakeClusterGuild.channels,
          ...discordChannels.map((id, n) => ({ id, name: `granty-${n + 1}` })),
        ],
      },
    ],
    rateLimits: discordRateLimits,
  });
  store = await openSharedStore();
  expected = await store.use((opened) =>
    seedReminderBurst(opened.store, CALLS, {
      slack: { teamId: slack.world.team.id, channels: slackChannels },
      discord: { guildId: fakeGuildId, channels: discordChannels },
    }),
  );
}, 120_000);

afterAll(async () => {
  if (glokal && !glokal.hasExited()) {
    glokal.child.kill('SIGKILL');
    await glokal.exited;
  }
  await store?.close();
  await redis?.stop();
  await rm(redisDir, { recursive: true, force: true });
  await discord?.close();
  await slack?.close();
}, 60_000);

async function startGlokal(): Promise<GlokalProcess> {
  return startGlokalProcess({
    ...(await store.environment()),
    REDIS_URL: redis.url,
    QUEUE_PREFIX: prefix,
    HTTP_PORT: '0',
    LOG_LEVEL: 'info',
    CLUSTER_TIMEZONE: 'Europe/Warsaw',
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: 'glokal-test-signing-secret',
    SLACK_API_URL: slack.apiUrl,
    SLACK_PORT: '0',
    SLACK_APP_TOKEN: '',
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_GUILD_ID: fakeGuildId,
    DISCORD_API_URL: discord.apiUrl,
    GOOGLE_CALENDAR_ID: '',
    GOOGLE_DRIVE_ID: '',
    GOOGLE_DRIVE_FOLDER_ID: '',
    PUBLIC_PORT: '',
  });
}

describe('Redis killed in the middle of a burst of reminders and started again', () => {
  it(
    'loses no queued reminder: every one reaches Slack and Discord exactly once',
    { timeout: 200_000 },
    async () => {
      expect(allKeys()).toHaveLength(REMINDERS);
      slack.failNext(3, { kind: 'http', status: 500 }, { method: 'chat.postMessage' });
      slack.failNext(
        1,
        { kind: 'rate-limited', retryAfterSeconds: 1 },
        { method: 'chat.postMessage' },
      );

      const running = await startGlokal();
      glokal = running;
      const quarter = Math.ceil(REMINDERS / 4);
      await within(60_000, `${quarter} reminders at the fakes`, () => {
        if (running.hasExited()) throw new Error(`Glokal exited:\n${running.tail()}`);
        return deliveredCount() >= quarter ? true : undefined;
      });
      await redis.stop();
      const atKill = deliveredCount();
      // The kill came in the middle: part of the burst is out, the rest waits in Redis.
      expect(atKill).toBeLessThan(REMINDERS);

      // Redis stays away a few seconds; what was already taken may still be posted meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await redis.start();

      await within(90_000, `all ${REMINDERS} reminders at the fakes`, async () => {
        if (running.hasExited()) throw new Error(`Glokal exited:\n${running.tail()}`);
        return deliveredCount() >= REMINDERS ||
          (await reminderJobsLeft({ url: redis.url, prefix })) === 0
          ? true
          : undefined;
      });
      await within(30_000, 'the reminder and delivery queues drained', async () =>
        (await reminderJobsLeft({ url: redis.url, prefix })) === 0 ? true : undefined,
      );
      running.child.kill('SIGTERM');
      expect(await running.exited).toBe(0);

      const atFakes = delivered();
      expect({
        slackRepeated: repeated(atFakes.slack),
        discordRepeated: repeated(atFakes.discord),
        unnamed: atFakes.unnamed,
        slackMissing: expected.slack.filter((key) => !atFakes.slack.includes(key)),
        discordMissing: expected.discord.filter((key) => !atFakes.discord.includes(key)),
      }).toEqual({
        slackRepeated: {},
        discordRepeated: {},
        unnamed: [],
        slackMissing: [],
        discordMissing: [],
      });
      const rows = await store.use((opened) => opened.query('select key, state from deliveries'));
      expect(rows.map((row) => `${String(row['key'])} ${String(row['state'])}`).sort()).toEqual(
        allKeys()
          .map((key) => `${key} sent`)
          .sort(),
      );
    },
  );
});
