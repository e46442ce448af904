import { DiscordAPIError, REST, RESTJSONErrorCodes, Routes } from 'discord.js';
import type { ChatDeps, Reply } from '@glokal/chat';
import type { Logger } from '@glokal/config';
import { createTranslator, type Clock, type Locale } from '@glokal/domain';
import { DeliveryRejected, type DeliveryAttempt, type DeliveryJob } from '@glokal/queue/delivery';
import { z } from 'zod';
import { renderReply, type RenderedMessage } from './render-reply';
import type { ClusterGuilds } from './cluster-guilds';
import { deliveryNonce } from './delivery-nonce';
import { toDeliveryError } from './discord-delivery-errors';
import { botUserIdOf, findEarlierDelivery } from './find-earlier-delivery';
import { editDiscordMessage } from './edit-discord-message';

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
  logger: Logger;
  /** The store's clock, which wrote `attempt.earlierTrySince`: how long ago it was is told by it. */
  clock: Clock;
  /**
   * How long after an earlier try began its nonce is trusted to find its message (see
   * `NONCE_TRUSTED_FOR_MS`); later, the channel's history is read first. Tests shorten it.
   */
  nonceTrustedForMs?: number;
}

/**
 * With `enforce_nonce: true`, Discord answers a create-message call whose nonce the same
 * author used in the channel "in the past few minutes" with that earlier message (200, same
 * id) instead of creating another, so a retry soon after a try that posted without the store
 * hearing back (a crash, a timeout) gets the first message. Discord does not say how long the
 * window is: a minute is trusted, and a retry later than that reads the history first.
 */
export const NONCE_TRUSTED_FOR_MS = 60_000;

/** Posts a delivery; a retry after an earlier try gets (or finds) that try's message. */
export type DiscordDeliver = (
  job: DeliveryJob,
  attempt?: DeliveryAttempt,
) => Promise<{ messageId?: string }>;

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
 * REST for deliveries: on a 429 (or a bucket known to be empty, the global limit included) it
 * throws instead of sleeping, so the delivery queue pauses for Retry-After and every worker
 * respects the limit. It never retries by itself (`retries: 0`: a 5xx, a reset connection or a
 * timeout is thrown): the queue is the only layer that retries, so every try is marked
 * `sending` first. A call gives up after 10 s, well inside the queue's 30 s job lock.
 */
export function createDeliveryRest(settings: { token: string; apiUrl?: string }): REST {
  return new REST({
    rejectOnRateLimit: () => true,
    retries: 0,
    timeout: 10_000,
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

/**
 * Posts one queued delivery: the subject is read from the store now (never stale), composed
 * by the catalogue in the channel's language, rendered to embeds and sent with
 * `POST /channels/{id}/messages`, mentions parsed from nothing, with the key's nonce and
 * `enforce_nonce` so that Discord itself answers a retry with the message already posted.
 * A retry later than the nonce can be trusted first looks through the channel since the
 * earlier try began and returns the message it finds. The message id is Discord's.
 * A delivery to a server that is not the cluster's is refused before anything is read.
 * An edit (`job.edit`) replaces the posted message instead (`editDiscordMessage`).
 */
export function deliverToDiscord(deps: DeliverToDiscordDeps): DiscordDeliver {
  const logger = deps.logger.child({ part: 'deliver-to-discord' });
  const botUserId = botUserIdOf(deps.rest);
  const trustedForMs = deps.nonceTrustedForMs ?? NONCE_TRUSTED_FOR_MS;
  return async (job, attempt) => {
    // A direct message goes to a person who wrote to the bot in the cluster's server (a follow).
    const outside = job.directMessage ? undefined : outsideTheCluster(job, deps);
    if (outside) throw new DeliveryRejected(outside);
    const { edit } = job;
    if (edit) return editDiscordMessage({ ...job, edit }, deps, logger);
    const reply = await deps.compose(job.message, job.locale);
    if (!reply) throw new DeliveryRejected(`the ${job.message.type} subject no longer exists`);
    const message = renderReply(reply, { t: createTranslator(job.locale, deps.clusterTimeZone) });
    try {
      const channelId = job.directMessage ? await openDm(deps.rest, job.channelId) : job.channelId;
      const since = attempt?.earlierTrySince;
      if (since && deps.clock.now().getTime() - since.getTime() >= trustedForMs) {
        const earlier = await findEarlierDelivery(deps.rest, {
          channelId,
          since,
          botUserId: await botUserId(),
          message,
        });
        if (earlier.found) {
          logger.info(
            { key: job.key, messageId: earlier.messageId },
            'an earlier try had posted the delivery',
          );
          return { messageId: earlier.messageId };
        }
        // Without the history nobody can tell whether the earlier try posted: posting risks a
        // second copy, not posting risks none at all, and a lost message is the worse of the two.
        if ('unreadable' in earlier)
          logger.warn(
            { key: job.key, channelId, reason: earlier.unreadable, attempt: attempt.number },
            'cannot read the channel to look for an earlier try; posting',
          );
      }
      return await post(deps.rest, channelId, {
        ...message,
        nonce: deliveryNonce(job.key),
        enforce_nonce: true,
      });
    } catch (error) {
      if (
        error instanceof DiscordAPIError &&
        error.code === RESTJSONErrorCodes.UnknownMessage &&
        error.method.toUpperCase() === 'POST'
      ) {
        // Discord's answer when the message created with this nonce was deleted since: an
        // earlier try delivered it and someone removed it, which is not ours to undo.
        logger.info({ key: job.key }, 'the earlier try’s message was deleted; not posting again');
        return {};
      }
      throw toDeliveryError(error, job);
    }
  };
}

async function post(
  rest: REST,
  channelId: string,
  body: RenderedMessage & { nonce: string; enforce_nonce: true },
): Promise<{ messageId?: string }> {
  const posted = PostedMessage.safeParse(
    await rest.post(Routes.channelMessages(channelId), { body }),
  );
  return posted.success ? { messageId: posted.data.id } : {};
}
