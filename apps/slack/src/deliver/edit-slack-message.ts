import type { WebClient } from '@slack/web-api';
import type { Logger } from '@glokal/config';
import { createTranslator } from '@glokal/domain';
import type { DeliveryJob } from '@glokal/queue/delivery';
import { renderReply } from '../render/render-reply';
import type { ComposeAnnouncement } from './deliver-to-slack';
import { toDeliveryError } from './slack-delivery-errors';

/**
 * Edits a message the app posted (`chat.update` on its channel and `ts`) to what the store
 * holds now: an announcement's answer counts. When its subject is gone or cancelled the
 * message is left as it was. Editing twice gives the same message, so a retry is harmless.
 */
export async function editSlackMessage(
  job: DeliveryJob & { edit: { messageId: string } },
  deps: { compose: ComposeAnnouncement; clusterTimeZone: string; client: WebClient },
  logger: Logger,
): Promise<{ messageId: string }> {
  const ts = job.edit.messageId;
  const reply = await deps.compose(job.message, job.locale);
  if (!reply) {
    logger.info({ key: job.key }, 'nothing to show any more; the message stays as it was');
    return { messageId: ts };
  }
  const message = renderReply(reply, { t: createTranslator(job.locale, deps.clusterTimeZone) });
  try {
    await deps.client.chat.update({
      channel: job.channelId,
      ts,
      text: message.text,
      blocks: message.blocks,
    });
    return { messageId: ts };
  } catch (error) {
    throw toDeliveryError(error, { directMessage: false });
  }
}
