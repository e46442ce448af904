import { Routes, type REST } from 'discord.js';
import type { Logger } from '@glokal/config';
import { createTranslator } from '@glokal/domain';
import type { DeliveryJob } from '@glokal/queue/delivery';
import type { DeliverToDiscordDeps } from './deliver-to-discord';
import { renderReply } from './render-reply';
import { toDeliveryError } from './discord-delivery-errors';

/**
 * Edits a message the bot posted (`PATCH /channels/{id}/messages/{id}`) to what the store holds
 * now: an announcement's answer counts, its embeds and buttons replaced. When its subject is
 * gone or cancelled the message is left as it was. Editing twice gives the same message.
 */
export async function editDiscordMessage(
  job: DeliveryJob & { edit: { messageId: string } },
  deps: Pick<DeliverToDiscordDeps, 'compose' | 'clusterTimeZone'> & { rest: REST },
  logger: Logger,
): Promise<{ messageId: string }> {
  const { messageId } = job.edit;
  const reply = await deps.compose(job.message, job.locale);
  if (!reply) {
    logger.info({ key: job.key }, 'nothing to show any more; the message stays as it was');
    return { messageId };
  }
  const { embeds, components, allowed_mentions } = renderReply(reply, {
    t: createTranslator(job.locale, deps.clusterTimeZone),
  });
  try {
    await deps.rest.patch(Routes.channelMessage(job.channelId, messageId), {
      body: { embeds, components, allowed_mentions },
    });
    return { messageId };
  } catch (error) {
    throw toDeliveryError(error, job);
  }
}
