import { DiscordAPIError, HTTPError, RateLimitError, REST, Routes } from 'discord.js';
import type { ChatDeps, Reply } from '@glokal/chat';
import { createTranslator, type Locale } from '@glokal/domain';
import { DeliveryRateLimited, DeliveryRejected, type DeliveryJob } from '@glokal/queue/delivery';
import { z } from 'zod';
import { renderReply } from './render-reply';
import type { ClusterGuilds } from './cluster-guilds';

/** The catalogue's announcement composer (`composeDelivery`): undefined when the subject is gone. */
export type ComposeDelivery = (
  message: DeliveryJob['message'],
  locale: Locale,
  deps: ChatDeps,
) => Promise<Reply | undefined>;

export interface DeliverToDiscordDeps {
  /** A REST client that rejects on rate limits (see `createDeliveryRest`), so the queue waits, not the client. */
  rest: REST;
  /** The announcement's reply in a language (the catalogue's `composeDelivery` over the store). */
  compose: (message: DeliveryJob['message'], locale: Locale) => Promise<Reply | undefined>;
  clusterTimeZone: string;
  /** The cluster's servers: a delivery elsewhere is refused, never posted. */
  guilds: ClusterGuilds;
  /** The server a channel belongs to, when the bot knows the channel (its cache). */
  guildOfChannel?: (channelId: string) => string | undefined;
}

/** Why a delivery must not go out: its server (or its channel's) is not the cluster's. */
function outsideTheCluster(job: DeliveryJob, deps: DeliverToDiscordDeps): string | undefined {
  if (!deps.guilds.has(job.workspaceId))
    return `server ${job.workspaceId} is not one of the cluster's (DISCORD_GUILD_ID)`;
  const channelGuild = deps.guildOfChannel?.(job.channelId);
  if (channelGuild !== undefined && !deps.guilds.has(channelGuild))
    return `channel ${job.channelId} is in server ${channelGuild}, not one of the cluster's`;
  return undefined;
}

/**
 * REST for deliveries: on a 429 (or a bucket known to be empty) it throws instead of sleeping,
 * so the delivery queue pauses for Retry-After and every worker respects the limit.
 */
export function createDeliveryRest(settings: { token: string; apiUrl?: string }): REST {
  return new REST({
    rejectOnRateLimit: () => true,
    ...(settings.apiUrl ? { api: settings.apiUrl } : {}),
  }).setToken(settings.token);
}

const PostedMessage = z.object({ id: z.string() });
const DmChannel = z.object({ id: z.string().min(1) });

/** The bot's DM channel with a user (`POST /users/@me/channels`; Discord returns the same one again). */
async function openDm(rest: REST, userId: string): Promise<string> {
  return DmChannel.parse(await rest.post(Routes.userChannels(), { body: { recipient_id: userId } }))
    .id;
}

/** Discord's answer as the queue understands it: wait (429), give up (refused), or retry. */
export function toDeliveryError(error: unknown): unknown {
  if (error instanceof RateLimitError)
    return new DeliveryRateLimited(Math.max(error.retryAfter, error.timeToReset, 1));
  if (
    error instanceof DiscordAPIError &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 429
  ) {
    return new DeliveryRejected(`${error.status} ${error.code}: ${error.message}`);
  }
  if (error instanceof HTTPError && error.status >= 400 && error.status < 500)
    return new DeliveryRejected(`${error.status}: ${error.message}`);
  return error;
}

/**
 * Posts one queued delivery: the subject is read from the store now (never stale), composed
 * by the catalogue in the channel's language, rendered to embeds and sent with
 * `POST /channels/{id}/messages`, mentions parsed from nothing. The message id is Discord's.
 * A delivery to a server that is not the cluster's is refused before anything is read.
 */
export function deliverToDiscord(
  deps: DeliverToDiscordDeps,
): (job: DeliveryJob) => Promise<{ messageId?: string }> {
  return async (job) => {
    // A direct message goes to a person who wrote to the bot in the cluster's server (a follow).
    const outside = job.directMessage ? undefined : outsideTheCluster(job, deps);
    if (outside) throw new DeliveryRejected(outside);
    const reply = await deps.compose(job.message, job.locale);
    if (!reply) throw new DeliveryRejected(`the ${job.message.type} subject no longer exists`);
    const message = renderReply(reply, { t: createTranslator(job.locale, deps.clusterTimeZone) });
    try {
      const channelId = job.directMessage ? await openDm(deps.rest, job.channelId) : job.channelId;
      const posted = PostedMessage.safeParse(
        await deps.rest.post(Routes.channelMessages(channelId), { body: message }),
      );
      return posted.success ? { messageId: posted.data.id } : {};
    } catch (error) {
      throw toDeliveryError(error);
    }
  };
}
