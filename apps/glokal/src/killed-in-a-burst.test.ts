import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import {
  GrantCall,
  reminderKey,
  type ClusterStore,
  type LocalDeadline,
  type ReminderTarget,
} from '@glokal/domain';
import { deliveryQueue, openProducer, queues, removePrefixedKeys } from '@glokal/queue';
import { openStore, type OpenedStore } from '@glokal/store';
import {
  discordRateLimits,
  fakeClusterGuild,
  fakeGuildId,
  startFakeDiscord,
  type FakeDiscord,
} from '@glokal/testing/discord';
import { startFakeSlack, type FakeSlack } from '@glokal/testing/slack';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { deliveredAtFakes, repeated } from './test-support/delivered-at-fakes';
import { startGlokalProcess, within, type GlokalProcess } from './test-support/glokal-process';

/*
 * A burst: five open calls, each with a deadline and an internal deadline three hours (less a
 * few minutes) away, so the 3-hour reminder of each is just past; the worker last looked ten
 * minutes ago (a short downtime). The first check of a starting worker owes every target its
 * reminder of each deadline: 5 calls × 2 deadlines × (8 Slack channels, 8 Discord channels,
 * 4 followers by DM) = 200 reminders at once.
 */
const CALLS = 5;
const slackChannels = Array.from({ length: 8 }, (_, n) => `C0GRANTS${n + 1}`);
const discordChannels = Array.from({ length: 8 }, (_, n) => `11810000000000000${10 + n}`);
const slackFollowers = ['U0FOLLOWA', 'U0FOLLOWB'];
const discordFollowers = ['1182000000000000001', '1182000000000000002'];
const REMINDERS = CALLS * 2 * (slackChannels.length + discordChannels.length + 4);
/** Where the worker's reminder check keeps the time it last looked (its sync-state source). */
const REMINDER_CHECK_SOURCE = 'reminders';

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-burst-${randomUUID()}`,
};
const databaseUrl = process.env['DATABASE_URL'];

let slack: FakeSlack;
let discord: FakeDiscord;
/** Postgres: a scratch schema the processes open too. PGlite: a data folder, one process at a time. */
let testStore: TestStore | undefined;
let dataDir: string | undefined;
const running: GlokalProcess[] = [];

/** The store for the test's own reads and writes, open only while no Glokal process holds it. */
async function withStore<T>(work: (opened: OpenedStore) => Promise<T>): Promise<T> {
  if (testStore) return work(testStore.opened);
  const opened = await openStore({ dataDir: dataDir ?? '', clusterTimeZone: 'Europe/Warsaw' });
  try {
    return await work(opened);
  } finally {
    await opened.close();
  }
}

/** Where a Glokal process finds the same store: the scratch schema on the search path, or the folder. */
async function storeEnvironment(): Promise<Record<string, string>> {
  if (!testStore || !databaseUrl) return { DATA_DIR: dataDir ?? '' };
  const [row] = await testStore.opened.query('select current_schema() as schema');
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${String(row?.['schema'])}`);
  return { DATABASE_URL: url.toString() };
}

/** A zone where `at` falls at 14:xx, so a direct message due then is outside quiet hours. */
function afternoonZoneAt(at: DateTime): string {
  const offset = 14 - at.toUTC().hour;
  return offset === 0 ? 'UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

const localOf = (at: DateTime): LocalDeadline => ({
  local: at.toUTC().toFormat("yyyy-MM-dd'T'HH:mm"),
  timeZone: 'UTC',
});

/** The calls, channels and followers; returns every reminder key due now, by platform. */
async function seed(store: ClusterStore): Promise<{ slack: string[]; discord: string[] }> {
  const minute = DateTime.utc().startOf('minute');
  const deadline = localOf(minute.plus({ hours: 3, minutes: -2 }));
  const internalDeadline = localOf(minute.plus({ hours: 3, minutes: -3 }));
  const calls = Array.from({ length: CALLS }, (_, n) =>
    GrantCall.parse({
      id: `burst-call-${n + 1}`,
      programme: 'Erasmus+ KA2',
      title: `Partnerships for cooperation, round ${n + 1}`,
      deadline,
      internalDeadline,
    }),
  );
  await store.grants.upsert(calls);

  const teamId = slack.world.team.id;
  const channels: Extract<ReminderTarget, { kind: 'channel' }>[] = [
    ...slackChannels.map((channelId, n) => ({
      kind: 'channel' as const,
      platform: 'slack' as const,
      workspaceId: teamId,
      channelId,
      locale: n % 2 === 0 ? ('pl' as const) : ('en' as const),
    })),
    ...discordChannels.map((channelId, n) => ({
      kind: 'channel' as const,
      platform: 'discord' as const,
      workspaceId: fakeGuildId,
      channelId,
      locale: n % 2 === 0 ? ('en' as const) : ('pl' as const),
    })),
  ];
  for (const { kind: _kind, ...channel } of channels)
    await store.subscriptions.subscribe(channel, ['grants']);

  const timeZone = afternoonZoneAt(minute.plus({ minutes: -2 }));
  const followers: { platform: 'slack' | 'discord'; target: ReminderTarget }[] = [];
  for (const [platform, userIds] of [
    ['slack', slackFollowers],
    ['discord', discordFollowers],
  ] as const) {
    for (const userId of userIds) {
      const person = await store.people.ensure({ platform, userId }, `Follower ${userId}`);
      await store.people.setPreferences(person.id, { timeZone, locale: 'en' });
      for (const call of calls) await store.follows.set(person.id, call.id, true);
      followers.push({
        platform,
        target: { kind: 'person', personId: person.id, timeZone, locale: 'en' },
      });
    }
  }
  // The worker last looked ten minutes ago: the reminders due since are owed.
  await store.syncState.saveCursor(
    REMINDER_CHECK_SOURCE,
    undefined,
    minute.minus({ minutes: 10 }).toJSDate(),
  );

  const keysOf = (target: ReminderTarget) =>
    calls.flatMap((call) => [
      reminderKey(call.id, 'deadline', deadline, { unit: 'hours', amount: 3 }, target),
      reminderKey(call.id, 'internal', internalDeadline, { unit: 'hours', amount: 3 }, target),
    ]);
  const onPlatform = (platform: 'slack' | 'discord') => [
    ...channels.filter((channel) => channel.platform === platform).flatMap(keysOf),
    ...followers
      .filter((follower) => follower.platform === platform)
      .flatMap((f) => keysOf(f.target)),
  ];
  return { slack: onPlatform('slack'), discord: onPlatform('discord') };
}

let expected: { slack: string[]; discord: string[] };
const allKeys = () => [...expected.slack, ...expected.discord];
const delivered = () => deliveredAtFakes({ slack, discord }, allKeys());
const deliveredCount = () => {
  const now = delivered();
  return now.slack.length + now.discord.length + now.unnamed.length;
};

beforeAll(async () => {
  slack = await startFakeSlack({
    users: slackFollowers.map((id) => ({ id, name: id.toLowerCase(), locale: 'en-GB' })),
    // Slack's posting limit (about one message a second in a channel) and Discord's own.
    postsPerChannelEveryMs: 1000,
  });
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
  if (databaseUrl) testStore = await createTestStore();
  else dataDir = await mkdtemp(join(tmpdir(), 'glokal-burst-'));
  expected = await withStore((opened) => seed(opened.store));
}, 120_000);

afterAll(async () => {
  for (const glokal of running) glokal.child.kill('SIGKILL');
  await Promise.all(running.map((glokal) => glokal.exited));
  await testStore?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  await removePrefixedKeys(redis);
  await discord?.close();
  await slack?.close();
}, 60_000);

async function startGlokal(): Promise<GlokalProcess> {
  const started = startGlokalProcess({
    ...(await storeEnvironment()),
    REDIS_URL: redis.url,
    QUEUE_PREFIX: redis.prefix,
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
  running.push(started);
  return started;
}

/** Jobs still to run on the reminder and delivery queues (delayed ones included). */
async function jobsLeft(): Promise<number> {
  const target = { url: redis.url, prefix: redis.prefix };
  const producers = [
    openProducer(queues.grantReminders, target),
    openProducer(deliveryQueue('slack'), target),
    openProducer(deliveryQueue('discord'), target),
  ];
  try {
    let left = 0;
    for (const producer of producers) {
      const counts = await producer.queue.getJobCounts(
        'waiting',
        'active',
        'delayed',
        'prioritized',
      );
      left += Object.values(counts).reduce((sum, count) => sum + count, 0);
    }
    return left;
  } finally {
    await Promise.all(producers.map((producer) => producer.close()));
  }
}

describe('a worker killed with SIGKILL in the middle of a burst of reminders', () => {
  it(
    'is restarted and every reminder reaches Slack and Discord exactly once',
    { timeout: 240_000 },
    async () => {
      expect(allKeys()).toHaveLength(REMINDERS);

      const first = await startGlokal();
      const third = Math.ceil(REMINDERS / 3);
      await within(90_000, `${third} reminders at the fakes`, () => {
        if (first.hasExited()) throw new Error(`the first process exited:\n${first.tail()}`);
        return deliveredCount() >= third ? true : undefined;
      });
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');
      // The kill came in the middle: part of the burst is out, the rest is not.
      expect(deliveredCount()).toBeLessThan(REMINDERS);

      const second = await startGlokal();
      // Until every reminder is out, or nothing is left to run (then the missing are named below);
      // jobs of the killed process count as active until the new one takes them back (~1 min).
      await within(180_000, `all ${REMINDERS} reminders at the fakes`, async () => {
        if (second.hasExited()) throw new Error(`the second process exited:\n${second.tail()}`);
        return deliveredCount() >= REMINDERS || (await jobsLeft()) === 0 ? true : undefined;
      });
      // The queues drained too, so that a late second copy would be counted.
      await within(60_000, 'the reminder and delivery queues drained', async () =>
        (await jobsLeft()) === 0 ? true : undefined,
      );
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);

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
      expect([...atFakes.slack].sort()).toEqual([...expected.slack].sort());
      expect([...atFakes.discord].sort()).toEqual([...expected.discord].sort());

      const rows = await withStore((opened) => opened.query('select key, state from deliveries'));
      expect(rows.map((row) => `${String(row['key'])} ${String(row['state'])}`).sort()).toEqual(
        allKeys()
          .map((key) => `${key} sent`)
          .sort(),
      );
    },
  );
});
