import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAction } from '@glokal/chat';
import { createLogger, loadConfig } from '@glokal/config';
import { ClusterEvent, type RsvpAnswer } from '@glokal/domain';
import { removePrefixedKeys } from '@glokal/queue';
import {
  fakeAnnouncementsChannelId,
  fakeGuildId,
  startFakeDiscord,
  type FakeDiscord,
} from '@glokal/testing/discord';
import {
  blockActionsPayload,
  interactionBody,
  sendToSlackApp,
  startFakeSlack,
  type FakeSlack,
} from '@glokal/testing/slack';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { startGlokal, type RunningGlokal } from './start-glokal';

const redis = {
  url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  prefix: `test-${randomUUID()}`,
};
const signingSecret = 'glokal-test-signing-secret';
const slackPlace = { teamId: 'T0GLOKAL1', channelId: 'C0OGOLNY', channelName: 'ogolny' };
const start = Date.now() + 7 * 86_400_000;
const forum = ClusterEvent.parse({
  id: 'forum-klastra-2026',
  title: 'Forum klastra',
  kind: 'conference',
  timing: {
    allDay: false,
    start: new Date(start).toISOString(),
    end: new Date(start + 3_600_000).toISOString(),
    timeZone: 'Europe/Warsaw',
  },
  source: 'google',
  updatedAt: new Date().toISOString(),
});

let slack: FakeSlack;
let discord: FakeDiscord;
let testStore: TestStore;
let glokal: RunningGlokal;

/** Waits for `found` to give a value, up to a generous deadline. */
async function within<T>(ms: number, what: string, found: () => T | undefined): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = found();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const slackAnnouncement = () =>
  slack.world.messages.find(
    (message) =>
      message.channel === slackPlace.channelId &&
      message.metadata?.event_type === 'glokal_delivery',
  );
const discordAnnouncement = () =>
  [...discord.state.messages.values()].find(
    (message) => message.channel_id === fakeAnnouncementsChannelId && !message.webhook_id,
  );
const slackText = () => JSON.stringify(slackAnnouncement()?.blocks ?? []);
const discordText = () => JSON.stringify(discordAnnouncement()?.embeds ?? []);

/** Waits for `holds` to be true, up to a generous deadline. */
async function until(ms: number, what: string, holds: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await holds())) {
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every button in Block Kit blocks, wherever it sits. */
function buttonsIn(blocks: unknown): { action_id?: unknown; value?: unknown }[] {
  if (Array.isArray(blocks)) return blocks.flatMap(buttonsIn);
  if (typeof blocks !== 'object' || blocks === null) return [];
  const node = blocks as { type?: unknown; action_id?: unknown; value?: unknown };
  const inside = Object.values(blocks).flatMap(buttonsIn);
  return node.type === 'button' ? [node, ...inside] : inside;
}

/** A Slack member presses an answer on the announcement in the channel. */
async function pressOnSlack(userId: string, answer: RsvpAnswer): Promise<void> {
  const posted = slackAnnouncement();
  if (!posted) throw new Error('no Slack announcement');
  const value = encodeAction({ type: 'attend', eventId: forum.id, answer });
  const found = buttonsIn(posted.blocks).find((button) => button.value === value)?.action_id;
  if (typeof found !== 'string') throw new Error(`no ${answer} button on the Slack announcement`);
  const payload = blockActionsPayload({
    user: { id: userId, name: userId.toLowerCase() },
    place: slackPlace,
    container: {
      type: 'message',
      messageTs: posted.ts,
      channelId: slackPlace.channelId,
      isEphemeral: false,
    },
    button: { actionId: found, blockId: 'b1', text: answer, value },
    responseUrl: slack.responseUrl('actions'),
  });
  const port = glokal.parts.slack?.port;
  const answered = await sendToSlackApp(
    `http://127.0.0.1:${port}/slack/events`,
    interactionBody(payload),
    { signingSecret },
  );
  expect(answered.status).toBe(200);
}

/** A Discord member presses an answer on the announcement in the channel. */
function pressOnDiscord(userId: string, answer: RsvpAnswer): void {
  const posted = discordAnnouncement();
  if (!posted) throw new Error('no Discord announcement');
  discord.press(
    {
      userId,
      username: 'jan',
      locale: 'en-US',
      guildId: fakeGuildId,
      channelId: posted.channel_id,
    },
    posted.id,
    encodeAction({ type: 'attend', eventId: forum.id, answer }),
  );
}

beforeAll(async () => {
  slack = await startFakeSlack({
    users: [{ id: 'U0OLA', name: 'ola', locale: 'pl-PL' }],
  });
  discord = await startFakeDiscord();
  testStore = await createTestStore();
  const { store } = testStore;
  await store.subscriptions.subscribe(
    {
      platform: 'slack',
      workspaceId: slackPlace.teamId,
      channelId: slackPlace.channelId,
      locale: 'pl',
    },
    ['events'],
  );
  await store.subscriptions.subscribe(
    {
      platform: 'discord',
      workspaceId: fakeGuildId,
      channelId: fakeAnnouncementsChannelId,
      locale: 'en',
    },
    ['events'],
  );
  await store.events.upsert([forum]);
  const config = loadConfig({
    REDIS_URL: redis.url,
    QUEUE_PREFIX: redis.prefix,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: slack.apiUrl,
    SLACK_PORT: '0',
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_GUILD_ID: fakeGuildId,
    DISCORD_API_URL: discord.apiUrl,
  });
  glokal = await startGlokal({
    config,
    logger: createLogger({ level: 'silent' }),
    http: { port: 0, host: '127.0.0.1' },
    store: testStore.opened,
    worker: { defaultMetrics: false },
  });
}, 60_000);
afterAll(async () => {
  await glokal?.stop();
  await testStore?.close();
  await removePrefixedKeys(redis);
  await discord?.close();
  await slack?.close();
});

describe('live answer counts on announcements', () => {
  it(
    'edits the announcement on Slack and on Discord as two people answer on two platforms, once per window of a burst, ending with the final counts',
    { timeout: 90_000 },
    async () => {
      await testStore.store.outbox.add(`announce:event:${forum.id}`, {
        type: 'announce',
        subject: { type: 'event-announcement', eventId: forum.id },
      });
      await glokal.parts.worker.relayNow();
      await within(30_000, 'the announcement on Slack', slackAnnouncement);
      await within(30_000, 'the announcement on Discord', discordAnnouncement);
      expect(slackText()).toContain('Idę');
      expect(slackText()).toContain('Może');
      expect(slackText()).not.toContain('Idzie');

      // A burst: Ola (Slack) is going, Jan (Discord) maybe, then Ola is not going after all.
      const counts = () => testStore.store.attendance.counts(forum.id);
      await pressOnSlack('U0OLA', 'going');
      await until(30_000, "Ola's answer stored", async () => (await counts()).going === 1);
      pressOnDiscord('1180000000000000777', 'maybe');
      await until(30_000, "Jan's answer stored", async () => (await counts()).maybe === 1);
      await pressOnSlack('U0OLA', 'not-going');
      await until(30_000, "Ola's change stored", async () => (await counts())['not-going'] === 1);

      // The last state reaches both messages, in each channel's language.
      await within(30_000, 'the final counts on Slack', () =>
        slackText().includes('Idzie 0 osób · Może 1 osoba · Nie idzie 1 osoba') ? true : undefined,
      );
      await within(30_000, 'the final counts on Discord', () =>
        discordText().includes('Going 0 · Maybe 1 · Not going 1') ? true : undefined,
      );
      expect(slackAnnouncement()?.edited).toBe(true);
      expect(discordAnnouncement()?.edited_timestamp).not.toBeNull();

      // Three answers, fewer edits: one per message and 10-second window at most, each its own.
      const edits = await testStore.opened.query(
        "select key, state from deliveries where key like '%:edit:%' order by key",
      );
      for (const platform of ['slack', 'discord']) {
        const mine = edits.filter((row) => String(row['key']).includes(`:${platform}:`));
        const windows = mine.map((row) => String(row['key']).split(':edit:')[1]);
        expect(mine.length).toBeGreaterThanOrEqual(1);
        expect(mine.length).toBeLessThan(3);
        expect(new Set(windows).size).toBe(windows.length);
        expect(mine.every((row) => row['state'] === 'sent')).toBe(true);
      }
      const updates = slack.calls.filter((call) => call.method === 'chat.update');
      expect(updates.length).toBe(
        edits.filter((row) => String(row['key']).includes(':slack:')).length,
      );
      expect(updates.every((call) => call.params['ts'] === slackAnnouncement()?.ts)).toBe(true);
    },
  );
});
