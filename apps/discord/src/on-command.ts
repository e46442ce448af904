import type { ChatInputCommandInteraction } from 'discord.js';
import { replyToUnparsed, runCommand } from '@glokal/chat';
import { createTranslator } from '@glokal/domain';
import type { BotDeps } from './bot-deps';
import { memberOf } from './discord-member';
import { resolveContext } from './requester';
import { toCommandRequest } from './to-command-request';
import { answerWithNewMessage, type Shown } from './answer-interaction';
import { shownOf } from './form-answers';

async function answerCommand(
  interaction: ChatInputCommandInteraction,
  deps: BotDeps,
): Promise<Shown> {
  const context = await resolveContext(
    memberOf(interaction),
    deps.requesterSettings,
    deps.chat.store.people,
  );
  const parsed = toCommandRequest(deps.catalogue, interaction.options.data, context);
  const answer = parsed.ok
    ? await runCommand(parsed.request, deps.chat)
    : replyToUnparsed(
        { code: 'unknown-command', word: parsed.word },
        context.locale,
        context.timeZone,
      );
  const command = parsed.ok
    ? deps.catalogue.find((candidate) => candidate.name === parsed.request.command)
    : undefined;
  return shownOf(
    answer,
    {
      t: createTranslator(context.locale, context.timeZone),
      userId: context.requester.userId,
      drafts: deps.drafts,
    },
    { share: command?.shareable === true },
  );
}

/**
 * `/glokal <subcommand>`: the catalogue's answer, only to the person, with a "Share" button
 * when the command says its reply may be shared; a form (`grant-add`) opens as a modal.
 */
export function onCommand(interaction: ChatInputCommandInteraction, deps: BotDeps): Promise<void> {
  return answerWithNewMessage(interaction, answerCommand(interaction, deps), deps);
}
