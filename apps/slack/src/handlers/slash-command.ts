import type { App } from '@slack/bolt';
import { createTranslator } from '@glokal/domain';
import type { SlackMessage } from '../render/render-reply';
import { failureMessage, plainMessage } from '../render/notice-message';
import { resolveViewer } from '../viewer/resolve-viewer';
import { answerText } from './run-chat';
import { settledWithin } from './deadline';
import { answerDeps, type SlackContext } from './slack-context';

interface SlashCommand {
  text: string;
  user: { id: string; name: string };
  conversation: { workspaceId: string; channelId: string };
}

/** The reply to `/glokal <text>` as Block Kit; never rejects (a failure becomes a localised apology). */
export async function answerSlashCommand(
  command: SlashCommand,
  context: SlackContext,
): Promise<SlackMessage> {
  try {
    const viewer = await resolveViewer(command.user, context.viewer, { ensurePerson: false });
    return await answerText(command.text, viewer, command.conversation, answerDeps(context));
  } catch (error) {
    context.logger.error({ err: error, userId: command.user.id }, 'slash command failed');
    return failureMessage(context.viewer.cluster.defaultLocale);
  }
}

/**
 * `/glokal …` (any command name the app is given): answered in the acknowledgement itself,
 * ephemeral, within Slack's 3 seconds; a reply that takes longer than `ackDeadlineMs` is
 * acknowledged with "working on it" and replaces it through the `response_url` when ready.
 */
export function registerSlashCommand(app: App, context: SlackContext): void {
  app.command(/.*/, async ({ command, ack, respond }) => {
    const answer = answerSlashCommand(
      {
        text: command.text,
        user: { id: command.user_id, name: command.user_name },
        conversation: { workspaceId: command.team_id, channelId: command.channel_id },
      },
      context,
    );
    const outcome = await settledWithin(answer, context.ackDeadlineMs);
    if (outcome.done) {
      await ack({ response_type: 'ephemeral', ...outcome.value });
      return;
    }
    const t = createTranslator(
      context.viewer.cluster.defaultLocale,
      context.viewer.cluster.timeZone,
    );
    await ack({ response_type: 'ephemeral', ...plainMessage(t.t('slack:working')) });
    const message = await answer;
    try {
      await respond({ response_type: 'ephemeral', replace_original: true, ...message });
    } catch (error) {
      context.logger.error(
        { err: error },
        'could not deliver a late reply through the response_url',
      );
    }
  });
}
