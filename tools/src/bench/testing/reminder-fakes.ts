import { z } from 'zod';
import type { Clock } from '@glokal/domain';
import {
  discordRateLimits,
  fakeClusterGuild,
  startFakeDiscord,
  type FakeDiscord,
  type FakeGuild,
} from '@glokal/testing/discord';
import { startFakeSlack, type FakeSlack } from '@glokal/testing/slack';
import type { ArrivedMessage } from '../reminder-tally';
import { deliveryNonce } from '@glokal/discord';

/** Slack's posting limit as the fake enforces it: one message per channel per second. */
export const SLACK_POST_EVERY_MS = 1000;
/** Discord's limits as the fake enforces them: 50 requests/s for the bot, 5 messages per 5 s in a channel. */
export const DISCORD_LIMITS = discordRateLimits;

export const slackChannelId = (index: number) => `C0BURST${String(index).padStart(4, '0')}`;
export const discordChannelId = (index: number) => `118000000001${String(index).padStart(7, '0')}`;

/** The cluster's Discord server with `channels` text channels of the burst besides its own. */
function burstGuild(channels: number): FakeGuild {
  return {
    ...fakeClusterGuild,
    channels: [
      ...fakeClusterGuild.channels,
      ...Array.from({ length: channels }, (_, index) => ({
        id: discordChannelId(index),
        name: `granty-${index}`,
      })),
    ],
  };
}

export interface BurstFakes {
  slack: FakeSlack;
  discord: FakeDiscord;
  close(): Promise<void>;
}

/**
 * Both fakes with their platform limits on from the start. Fake Slack stamps messages with
 * `clock` (the store's, as a retry's history search expects); the Discord fake's own times are real.
 */
export async function startBurstFakes(options: {
  clock: Clock;
  discordChannels: number;
}): Promise<BurstFakes> {
  const slack = await startFakeSlack({
    now: () => options.clock.now(),
    postsPerChannelEveryMs: SLACK_POST_EVERY_MS,
  });
  const discord = await startFakeDiscord({
    guilds: [burstGuild(options.discordChannels)],
    rateLimits: DISCORD_LIMITS,
  });
  return {
    slack,
    discord,
    close: async () => void (await Promise.all([slack.close(), discord.close()])),
  };
}

const DeliveryMetadata = z.object({
  event_type: z.literal('glokal_delivery'),
  event_payload: z.object({ key: z.string() }),
});

/**
 * The Slack app's messages at the fake, each with the delivery key of its metadata; arrival
 * in real ms (the fake's `ts` is by the shifted clock, `shiftMs` ahead of real time).
 */
export function slackArrivals(slack: FakeSlack, shiftMs: number): ArrivedMessage[] {
  return slack.world.messages
    .filter((message) => message.user === undefined)
    .map((message) => {
      const metadata = DeliveryMetadata.safeParse(message.metadata);
      return {
        key: metadata.success ? metadata.data.event_payload.key : undefined,
        channelId: message.channel,
        at: Number(message.ts) * 1000 - shiftMs,
      };
    });
}

/**
 * The nonce Glokal's Discord delivery sends for a key: the bot's own `deliveryNonce`, so the
 * count follows the bot if its formula changes.
 */
export function discordNonce(key: string): string {
  return deliveryNonce(key);
}

/**
 * The bot's messages in `channels` at the fake, each with the delivery key whose nonce
 * created it. The fake remembers the message each nonce created in a channel: a message no
 * nonce of an expected key points at (a second copy, or one without a nonce) has no key.
 */
export function discordArrivals(
  discord: FakeDiscord,
  channels: readonly string[],
  expected: readonly string[],
): ArrivedMessage[] {
  const byNonce = new Map(expected.map((key) => [discordNonce(key), key] as const));
  const keyOfMessage = new Map<string, string>();
  for (const [entry, { messageId }] of discord.state.nonces) {
    const [, nonce = ''] = entry.split(' ');
    const key = byNonce.get(nonce);
    if (key !== undefined) keyOfMessage.set(messageId, key);
  }
  return channels.flatMap((channelId) =>
    discord.channelMessages(channelId).map((message) => ({
      key: keyOfMessage.get(message.id),
      channelId,
      at: Date.parse(message.timestamp),
    })),
  );
}

export interface Floor {
  slackMs: number;
  discordMs: number;
  /** How each was worked out from the fakes' settings. */
  explanation: string;
}

/**
 * The shortest time from T to the last message the fakes' limits allow, all messages due at
 * T: Slack one post per channel per `SLACK_POST_EVERY_MS`; Discord's global requests per
 * second (each message one request, windows opening with the first) and its per-channel bucket.
 */
export function burstFloor(settings: {
  perChannel: number;
  slackChannels: number;
  discordChannels: number;
}): Floor {
  const { perChannel, slackChannels, discordChannels } = settings;
  const slackMs = slackChannels > 0 ? (perChannel - 1) * SLACK_POST_EVERY_MS : 0;
  const posts = perChannel * discordChannels;
  const { globalPerSecond, channelMessages } = DISCORD_LIMITS;
  const globalMs = posts > 0 ? (Math.ceil(posts / globalPerSecond) - 1) * 1000 : 0;
  const bucketMs =
    discordChannels > 0
      ? (Math.ceil(perChannel / channelMessages.limit) - 1) * channelMessages.windowMs
      : 0;
  const discordMs = Math.max(globalMs, bucketMs);
  const s = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
  return {
    slackMs,
    discordMs,
    explanation:
      `Slack (${perChannel} − 1) × ${s(SLACK_POST_EVERY_MS)} per channel = ${s(slackMs)}; ` +
      `Discord max(global (⌈${posts} / ${globalPerSecond}⌉ − 1) × 1 s = ${s(globalMs)}, ` +
      `channel bucket (⌈${perChannel} / ${channelMessages.limit}⌉ − 1) × ${s(channelMessages.windowMs)} = ${s(bucketMs)}) = ${s(discordMs)}`,
  };
}
