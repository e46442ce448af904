import type { webApi } from '@slack/bolt';
import type { Logger } from '@glokal/config';
import type { SlackMessage } from '../render/render-reply';

/**
 * A form's confirmation, privately: an ephemeral message in the channel the form was opened
 * from, else (no channel, the bot is not in it, it is gone) a direct message from the app.
 */
export async function sendConfirmation(
  client: webApi.WebClient,
  to: { userId: string; channelId?: string | undefined },
  message: SlackMessage,
  logger: Logger,
): Promise<'ephemeral' | 'direct' | 'failed'> {
  if (to.channelId) {
    try {
      await client.chat.postEphemeral({ channel: to.channelId, user: to.userId, ...message });
      return 'ephemeral';
    } catch (error) {
      logger.info(
        { err: error, channel: to.channelId },
        'could not confirm a form in its channel; sending it directly',
      );
    }
  }
  try {
    const opened = await client.conversations.open({ users: to.userId });
    const channel = opened.channel?.id;
    if (!channel) throw new Error('conversations.open gave no channel');
    await client.chat.postMessage({ channel, ...message });
    return 'direct';
  } catch (error) {
    logger.error({ err: error, userId: to.userId }, 'could not send a form’s confirmation');
    return 'failed';
  }
}
