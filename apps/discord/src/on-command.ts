import type { ChatInputCommandInteraction } from 'discord.js';
import { replyToUnparsed, runCommand } from '@glokal/chat';
import { createTranslator } from '@glokal/domain';
import type { BotDeps } from './bot-deps';
import { memberOf } from './discord-member';
import { renderReply, type RenderedMessage } from './render-reply';
import { resolveContext } from './requester';
import { toCommandRequest } from './to-command-request';
import { answerWithNewMessage } from './answer-interaction';

async function answerCommand(
  interaction: ChatInputCommandInteraction,
  deps: BotDeps,
): Promise<RenderedMessage> {
  const context = await resolveContext(
    memberOf(interaction),
    deps.requesterSettings,
    deps.chat.store.people,
  );
  const parsed = toCommandRequest(deps.catalogue, interaction.options.data, context);
  const reply = parsed.ok
    ? await runCommand(parsed.request, deps.chat)
    : replyToUnparsed(
        { code: 'unknown-command', word: parsed.word },
        context.locale,
        context.timeZone,
      );
  return renderReply(reply, { t: createTranslator(context.locale, context.timeZone), share: true });
}

/** `/glokal <subcommand>`: the catalogue's answer, only to the person, with a "Share" button. */
export function onCommand(interaction: ChatInputCommandInteraction, deps: BotDeps): Promise<void> {
  return answerWithNewMessage(interaction, answerCommand(interaction, deps), deps);
}
