import { DiscordAPIError, Routes, type REST } from 'discord.js';
import { z } from 'zod';
import type { RenderedMessage } from './render-reply';

/** Discord's clock and ours may disagree a little: the history is read from this much earlier. */
export const CLOCK_SKEW_MS = 2 * 60_000;
/** Messages per `GET /channels/{id}/messages` page: Discord's maximum. */
export const HISTORY_PAGE_SIZE = 100;
/** A channel busier than this many pages since the earlier try is not read to its end. */
const MAX_PAGES = 20;
const discordEpoch = 1_420_070_400_000n;

/**
 * History errors that mean the bot cannot read the channel: no Read Message History or View
 * Channel permission (50001 Missing Access, 50013 Missing Permissions).
 */
const unreadable: ReadonlySet<unknown> = new Set([50001, 50013]);

const HistoryMessage = z.looseObject({
  id: z.string(),
  author: z.looseObject({ id: z.string() }),
  embeds: z.array(z.unknown()).default([]),
  components: z.array(z.unknown()).default([]),
});
const HistoryPage = z.array(HistoryMessage);
const Me = z.looseObject({ id: z.string() });

export type EarlierDelivery =
  | { found: true; messageId: string }
  | { found: false }
  /** The history could not be read: whether an earlier try posted is unknown. */
  | { found: false; unreadable: string };

/** The smallest snowflake of an instant: `?after=` it lists what was created from then on. */
export function snowflakeAt(at: Date): string {
  const ms = BigInt(Math.max(0, Math.floor(at.getTime()))) - discordEpoch;
  return (ms > 0n ? ms << 22n : 0n).toString();
}

const EmbedShape = z.looseObject({
  title: z.string().optional(),
  description: z.string().optional(),
  url: z.string().optional(),
  fields: z.array(z.looseObject({ name: z.string(), value: z.string() })).optional(),
  footer: z.looseObject({ text: z.string() }).optional(),
});
const RowShape = z.looseObject({
  components: z.array(z.looseObject({ custom_id: z.string().optional() })).default([]),
});

/**
 * What identifies a delivery's message among the bot's: the text of its embeds and the ids of
 * its buttons (which carry the subject's id), trimmed as Discord may trim them.
 */
function fingerprint(message: { embeds: unknown[]; components: unknown[] }): string {
  const embeds = message.embeds.map((raw) => {
    const embed = EmbedShape.safeParse(raw);
    if (!embed.success) return null;
    const { title, description, url, fields, footer } = embed.data;
    return [
      title?.trim() ?? '',
      description?.trim() ?? '',
      url ?? '',
      (fields ?? []).map((field) => [field.name.trim(), field.value.trim()]),
      footer?.text.trim() ?? '',
    ];
  });
  const buttons = message.components.flatMap((raw) => {
    const row = RowShape.safeParse(raw);
    return row.success ? row.data.components.map((button) => button.custom_id ?? '') : [];
  });
  return JSON.stringify([embeds, buttons]);
}

/**
 * Looks through a channel's messages since a little before `since` (when an earlier try
 * began) for the one an earlier try of this delivery posted, oldest page first.
 *
 * Discord keeps a message's `nonce` to itself: it is echoed in the create answer and the
 * gateway's MESSAGE_CREATE only, never in `GET` (so the nonce cannot be looked for here). The
 * delivery's message is known instead by what can be seen: the bot wrote it, after `since`,
 * with the same embeds and buttons as `message` (rendered now from the store). If the subject
 * was changed between the tries the earlier message is not recognised and the new one is
 * posted: two messages, the second one right, rather than none.
 *
 * Discord's other failures (a 429, a 5xx) are thrown: without knowing, the caller must not post.
 */
export async function findEarlierDelivery(
  rest: REST,
  options: { channelId: string; since: Date; botUserId: string; message: RenderedMessage },
): Promise<EarlierDelivery> {
  const wanted = fingerprint(options.message);
  let after = snowflakeAt(new Date(options.since.getTime() - CLOCK_SKEW_MS));
  for (let page = 0; page < MAX_PAGES; page += 1) {
    let answer: unknown;
    try {
      answer = await rest.get(Routes.channelMessages(options.channelId), {
        query: new URLSearchParams({ after, limit: String(HISTORY_PAGE_SIZE) }),
      });
    } catch (error) {
      if (error instanceof DiscordAPIError && unreadable.has(error.code))
        return { found: false, unreadable: `${error.status} ${error.code}: ${error.message}` };
      throw error;
    }
    const messages = HistoryPage.parse(answer);
    const earlier = messages.find(
      (message) => message.author.id === options.botUserId && fingerprint(message) === wanted,
    );
    if (earlier) return { found: true, messageId: earlier.id };
    if (messages.length < HISTORY_PAGE_SIZE) return { found: false };
    // Discord lists the page newest first: the next one starts after its newest message.
    after = messages.reduce(
      (newest, message) => (BigInt(message.id) > BigInt(newest) ? message.id : newest),
      after,
    );
  }
  return { found: false, unreadable: `more than ${MAX_PAGES} pages since the earlier try` };
}

/** The bot's own user id (`GET /users/@me`), asked once. */
export function botUserIdOf(rest: REST): () => Promise<string> {
  let asked: Promise<string> | undefined;
  return () => {
    asked ??= rest
      .get(Routes.user('@me'))
      .then((me) => Me.parse(me).id)
      .catch((error: unknown) => {
        asked = undefined;
        throw error;
      });
    return asked;
  };
}
