import type { WebClient } from '@slack/web-api';
import type { Reply } from '@glokal/chat';
import type { Logger } from '@glokal/config';
import { createTranslator, type Locale } from '@glokal/domain';
import { DeliveryRejected, type DeliveryAttempt, type DeliveryJob } from '@glokal/queue/delivery';
import { renderReply } from '../render/render-reply';
import { deliveryMetadata } from './delivery-metadata';
import { findEarlierPost } from './find-earlier-post';
import { toDeliveryError } from './slack-delivery-errors';
import { editSlackMessage } from './edit-slack-message';

/** An announcement's reply in a language (the catalogue's `composeDelivery`); undefined when the subject is gone. */
export type ComposeAnnouncement = (
  message: DeliveryJob['message'],
  locale: Locale,
) => Promise<Reply | undefined>;

export interface DeliverToSlackDeps {
  compose: ComposeAnnouncement;
  /** Dates in announcements are shown in the cluster's zone: a channel has no zone of its own. */
  clusterTimeZone: string;
  /**
   * A client that never retries by itself (`retryConfig: { retries: 0 }`) and rejects on 429
   * (`rejectRateLimitedCalls`): a retry of its own could post twice, and the queue does the waiting.
   */
  client: WebClient;
  /** The cluster's workspace: a delivery recorded for another one is refused, never posted. */
  teamId: string;
  logger: Logger;
}

/** Posts a delivery (a retry first looks for the one an earlier try may have posted). */
export type SlackDeliver = (
  job: DeliveryJob,
  attempt?: DeliveryAttempt,
) => Promise<{ messageId?: string }>;

/** The app's DM with a member (`conversations.open`; Slack returns the same one again). */
async function openDm(client: WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  const id = opened.channel?.id;
  if (!id) throw new DeliveryRejected(`no direct message with ${userId}`);
  return id;
}

/**
 * Posts one queued delivery: the subject is read from the store now (never stale), composed
 * by the catalogue in the channel's language, rendered to Block Kit and sent with
 * `chat.postMessage`, its metadata naming the delivery key. The message id is Slack's `ts`.
 * When an earlier try began, it may have posted without the store hearing back: the channel's
 * history since then is searched for the key first, and a message found is the delivery.
 * A delivery for a workspace that is not the cluster's is refused before anything is read.
 * An edit (`job.edit`) replaces the posted message instead (`editSlackMessage`).
 */
export function deliverToSlack(deps: DeliverToSlackDeps): SlackDeliver {
  const logger = deps.logger.child({ part: 'deliver-to-slack' });
  return async (job, attempt) => {
    // A direct message goes to a person who followed a call from the cluster's workspace.
    if (!job.directMessage && job.workspaceId !== deps.teamId)
      throw new DeliveryRejected(`workspace ${job.workspaceId} is not the cluster's`);
    const { edit } = job;
    if (edit) return editSlackMessage({ ...job, edit }, deps, logger);
    const reply = await deps.compose(job.message, job.locale);
    if (!reply) throw new DeliveryRejected(`the ${job.message.type} subject no longer exists`);
    const t = createTranslator(job.locale, deps.clusterTimeZone);
    const message = renderReply(reply, { t });
    try {
      const channel = job.directMessage ? await openDm(deps.client, job.channelId) : job.channelId;
      if (attempt?.earlierTrySince) {
        const earlier = await findEarlierPost(deps.client, {
          channel,
          key: job.key,
          since: attempt.earlierTrySince,
        });
        if (earlier.found) {
          logger.info({ key: job.key, ts: earlier.ts }, 'an earlier try had posted the delivery');
          return { messageId: earlier.ts };
        }
        // Without the history (no `*:history` scope yet, or a public channel the bot has not
        // joined) nobody can tell whether the earlier try posted: posting risks a second copy,
        // not posting risks none at all, and a lost announcement is the worse of the two.
        if ('unreadable' in earlier)
          logger.warn(
            { key: job.key, channel, reason: earlier.unreadable, attempt: attempt.number },
            'cannot read the channel history to find an earlier try; posting, which may repeat it',
          );
      }
      const posted = await deps.client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        metadata: deliveryMetadata(job.key),
        unfurl_links: false,
        unfurl_media: false,
      });
      return posted.ts ? { messageId: posted.ts } : {};
    } catch (error) {
      throw toDeliveryError(error, { directMessage: job.directMessage === true });
    }
  };
}
