import type { App, RespondFn, webApi } from '@slack/bolt';
import { createTranslator } from '@glokal/domain';
import { failureMessage, plainMessage } from '../render/notice-message';
import { openModal } from '../forms/open-modal';
import type { ModalView } from '../render/render-form';
import { resolveViewer } from '../viewer/resolve-viewer';
import { answerText, type SlackAnswer } from './run-chat';
import { settledWithin } from './deadline';
import { answerDeps, type SlackContext } from './slack-context';

/**
 * The longest `/glokal` text taken: every command fits in a few words, and a search in a line;
 * a longer text gets a notice and is not parsed or searched for.
 */
export const MAX_COMMAND_TEXT = 3000;

interface SlashCommand {
  text: string;
  user: { id: string; name: string };
  conversation: { workspaceId: string; channelId: string };
}

/**
 * The answer to `/glokal <text>`: Block Kit, or a modal to open; never rejects (a failure
 * becomes a localised apology).
 */
export async function answerSlashCommand(
  command: SlashCommand,
  context: SlackContext,
): Promise<SlackAnswer> {
  try {
    const viewer = await resolveViewer(command.user, context.viewer, { ensurePerson: false });
    if (command.text.length > MAX_COMMAND_TEXT) {
      const translator = createTranslator(viewer.locale, viewer.timeZone);
      return {
        type: 'message',
        message: plainMessage(translator.t('slack:command_too_long', { max: MAX_COMMAND_TEXT })),
      };
    }
    return await answerText(command.text, viewer, command.conversation, answerDeps(context));
  } catch (error) {
    context.logger.error({ err: error, userId: command.user.id }, 'slash command failed');
    return {
      type: 'message',
      message: failureMessage(context.viewer.cluster.defaultLocale, error),
    };
  }
}

/** Opens a command's form; when Slack will not (the trigger expired), says so privately. */
async function openCommandForm(
  view: ModalView,
  triggerId: string,
  respond: RespondFn,
  client: webApi.WebClient,
  context: SlackContext,
): Promise<boolean> {
  if (await openModal(client, triggerId, view, context.logger)) return true;
  const t = createTranslator(context.viewer.cluster.defaultLocale, context.viewer.cluster.timeZone);
  await respond({
    response_type: 'ephemeral',
    replace_original: true,
    ...plainMessage(t.t('slack:form.open_failed')),
  }).catch((error: unknown) =>
    context.logger.warn({ err: error }, 'could not say that a form did not open'),
  );
  return false;
}

/**
 * `/glokal …` (any command name the app is given): answered in the acknowledgement itself,
 * ephemeral, within Slack's 3 seconds; a reply that takes longer than `ackDeadlineMs` is
 * acknowledged with "working on it" and replaces it through the `response_url` when ready.
 * A command answered with a form (`grant add`) is acknowledged with nothing and opens its
 * modal with the command's `trigger_id` at once.
 */
export function registerSlashCommand(app: App, context: SlackContext): void {
  app.command(/.*/, async ({ command, ack, respond, client }) => {
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
      if (outcome.value.type === 'modal') {
        await ack();
        await openCommandForm(outcome.value.view, command.trigger_id, respond, client, context);
        return;
      }
      await ack({ response_type: 'ephemeral', ...outcome.value.message });
      return;
    }
    const t = createTranslator(
      context.viewer.cluster.defaultLocale,
      context.viewer.cluster.timeZone,
    );
    await ack({ response_type: 'ephemeral', ...plainMessage(t.t('slack:working')) });
    const late = await answer;
    try {
      if (late.type === 'modal') {
        // The trigger may still be good; if the form opens, "working on it" goes away.
        if (await openCommandForm(late.view, command.trigger_id, respond, client, context))
          await respond({ delete_original: true });
        return;
      }
      await respond({ response_type: 'ephemeral', replace_original: true, ...late.message });
    } catch (error) {
      context.logger.error(
        { err: error },
        'could not deliver a late reply through the response_url',
      );
    }
  });
}
