import type { FakeDiscord } from '@glokal/testing/discord';
import type { FakeSlack } from '@glokal/testing/slack';
import { deliveryNonce } from '@glokal/discord';

/** The messages the fakes hold, by the delivery key each one carries. */
export interface DeliveredAtFakes {
  /** One entry per message: a key appears as often as it was posted. */
  slack: string[];
  discord: string[];
  /** Messages that name no delivery key (none of Glokal's deliveries should be among them). */
  unnamed: { platform: 'slack' | 'discord'; channel: string; id: string }[];
}

/**
 * The nonce the Discord bot sends with a delivery: the first 25 characters of the key's
 * SHA-256 in base64url (as `deliveryNonce` in apps/discord makes it).
 */
export function discordNonceOf(key: string): string {
  return deliveryNonce(key);
}

/**
 * Counts what reached the fakes. Slack messages name their key in metadata
 * (`glokal_delivery`); a Discord message is named by the nonce it was created with, mapped
 * back to one of `keys`. A Discord message created twice with the same nonce keeps the nonce
 * on its last copy only, so an earlier copy shows up as unnamed.
 */
export function deliveredAtFakes(
  fakes: { slack: FakeSlack; discord: FakeDiscord },
  keys: readonly string[],
): DeliveredAtFakes {
  const unnamed: DeliveredAtFakes['unnamed'] = [];
  const slack: string[] = [];
  for (const message of fakes.slack.world.messages) {
    const key = message.metadata?.event_payload['key'];
    if (message.metadata?.event_type === 'glokal_delivery' && typeof key === 'string')
      slack.push(key);
    else unnamed.push({ platform: 'slack', channel: message.channel, id: message.ts });
  }
  const keyOfNonce = new Map(keys.map((key) => [discordNonceOf(key), key]));
  const nonceOfMessage = new Map<string, string>();
  for (const [channelAndNonce, { messageId }] of fakes.discord.state.nonces)
    nonceOfMessage.set(messageId, channelAndNonce.slice(channelAndNonce.indexOf(' ') + 1));
  const discord: string[] = [];
  for (const message of fakes.discord.state.messages.values()) {
    if (message.webhook_id) continue;
    const nonce = nonceOfMessage.get(message.id);
    const key = nonce === undefined ? undefined : keyOfNonce.get(nonce);
    if (key !== undefined) discord.push(key);
    else unnamed.push({ platform: 'discord', channel: message.channel_id, id: message.id });
  }
  return { slack, discord, unnamed };
}

/** The keys that appear more than once, with how many times. */
export function repeated(keys: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return Object.fromEntries([...counts].filter(([, count]) => count > 1));
}
