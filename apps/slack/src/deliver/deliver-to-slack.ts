import type { WebClient } from '@slack/web-api';
import type { Reply } from '@glokal/chat';
import { createTranslator, type Locale } from '@glokal/domain';
import { DeliveryRejected, type DeliveryJob } from '@glokal/queue/delivery';
import { renderReply } from '../render/render-reply';
import { toDeliveryError } from './slack-delivery-errors';

/** An announcement's reply in a language (the catalogue's `composeDelivery`); undefined when the subject is gone. */
export type ComposeAnnouncement = (
  message: DeliveryJob['message'],
  locale: Locale,
) => Promise<Reply | undefined>;

export interface DeliverToSlackDeps {
  compose: ComposeAnnouncement;
  /** Dates in announcements are shown in the cluster's zone: a channel has no zone of its own. */
  clusterTimeZone: string;
  /** A client that rejects on 429 (`rejectRateLimitedCalls`), so the queue waits, not the client. */
  client: WebClient;
  /** The cluster's workspace: a delivery recorded for another one is refused, never posted. */
  teamId: string;
}

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
 * `chat.postMessage`. The message id is Slack's `ts`. A delivery for a workspace that is
 * not the cluster's is refused before anything is read.
 */
export function deliverToSlack(
  deps: DeliverToSlackDeps,
): (job: DeliveryJob) => Promise<{ messageId?: string }> {
  return async (job) => {
    // A direct message goes to a person who followed a call from the cluster's workspace.
    if (!job.directMessage && job.workspaceId !== deps.teamId)
      throw new DeliveryRejected(`workspace ${job.workspaceId} is not the cluster's`);
    const reply = await deps.compose(job.message, job.locale);
    if (!reply) throw new DeliveryRejected(`the ${job.message.type} subject no longer exists`);
    const t = createTranslator(job.locale, deps.clusterTimeZone);
    const message = renderReply(reply, { t });
    try {
      const channel = job.directMessage ? await openDm(deps.client, job.channelId) : job.channelId;
      const posted = await deps.client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
      return posted.ts ? { messageId: posted.ts } : {};
    } catch (error) {
      throw toDeliveryError(error);
    }
  };
}
