import { WebAPIPlatformError, type WebClient } from '@slack/web-api';
import { z } from 'zod';
import { deliveryKeyOf } from './delivery-metadata';

/** Slack's clock and ours may disagree a little: the history is read from this much earlier. */
export const CLOCK_SKEW_MS = 2 * 60_000;
/** Messages per `conversations.history` page. */
export const HISTORY_PAGE_SIZE = 200;
/** A channel busier than this many pages since the earlier try is not read to its end. */
const MAX_PAGES = 50;

/**
 * History errors that mean the bot cannot read this conversation (a scope the workspace has
 * not granted yet, or a public channel the bot posts to without having joined it).
 */
const unreadable = new Set(['missing_scope', 'not_in_channel']);

const HistoryPage = z.object({
  messages: z.array(z.object({ ts: z.string(), metadata: z.unknown().optional() })).default([]),
  response_metadata: z.object({ next_cursor: z.string().optional() }).optional(),
});

export type EarlierPost =
  | { found: true; ts: string }
  | { found: false }
  /** The history could not be read: whether an earlier try posted is unknown. */
  | { found: false; unreadable: string };

/** `1781251200.000000`: an instant as a Slack ts. */
export function slackTs(at: Date): string {
  return (Math.max(0, at.getTime()) / 1000).toFixed(6);
}

/**
 * Looks through `channel`'s history from a little before `since` (when an earlier try began)
 * for the message carrying delivery `key` in its metadata, page by page, newest first. Slack's
 * other failures (a 429, a 5xx) are thrown: without knowing, the caller must not post.
 */
export async function findEarlierPost(
  client: WebClient,
  options: { channel: string; key: string; since: Date },
): Promise<EarlierPost> {
  const oldest = slackTs(new Date(options.since.getTime() - CLOCK_SKEW_MS));
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    let answer: unknown;
    try {
      answer = await client.conversations.history({
        channel: options.channel,
        oldest,
        limit: HISTORY_PAGE_SIZE,
        include_all_metadata: true,
        ...(cursor ? { cursor } : {}),
      });
    } catch (error) {
      if (error instanceof WebAPIPlatformError && unreadable.has(error.data.error))
        return { found: false, unreadable: error.data.error };
      throw error;
    }
    const { messages, response_metadata: more } = HistoryPage.parse(answer);
    const earlier = messages.find((message) => deliveryKeyOf(message) === options.key);
    if (earlier) return { found: true, ts: earlier.ts };
    cursor = more?.next_cursor;
    if (!cursor) return { found: false };
  }
  return { found: false, unreadable: `more than ${MAX_PAGES} pages since the earlier try` };
}
