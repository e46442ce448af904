import type { ChatInputCommandInteraction } from 'discord.js';
import { reply, replyToUnparsed, runCommand } from '@glokal/chat';
import { createTranslator } from '@glokal/domain';
import type { BotDeps } from './bot-deps';
import { memberOf } from './discord-member';
import { resolveContext } from './requester';
import { toCommandRequest } from './to-command-request';
import { answerWithNewMessage, type Shown } from './answer-interaction';
import { attachedFiles } from './attached-files';
import { shownOf } from './form-answers';

async function answerCommand(
  interaction: ChatInputCommandInteraction,
  deps: BotDeps,
): Promise<Shown> {
  const context = await resolveContext(memberOf(interaction), deps);
  const t = createTranslator(context.locale, context.timeZone);
  const answering = { t, userId: context.requester.userId, drafts: deps.drafts };
  const parsed = toCommandRequest(deps.catalogue, interaction.options.data, context);
  if (!parsed.ok) {
    const unknown = replyToUnparsed(
      { code: 'unknown-command', word: parsed.word },
      context.locale,
      context.timeZone,
    );
    return shownOf(unknown, answering, { share: false });
  }
  const command = deps.catalogue.find((candidate) => candidate.name === parsed.request.command);
  const files = command
    ? await attachedFiles(command, interaction, t)
    : { ok: true as const, options: {} };
  if (!files.ok) {
    const tooLarge = reply({
      title: t.t('chat:problem.title'),
      summary: files.problem,
      tone: 'notice',
    });
    return shownOf(tooLarge, answering, { share: false });
  }
  const render = async () => {
    const answer = await runCommand(
      { ...parsed.request, options: { ...parsed.request.options, ...files.options } },
      deps.chat,
    );
    return shownOf(answer, answering, { share: command?.shareable === true });
  };
  const { request } = parsed;
  if (command?.cacheable && context.version !== undefined)
    return deps.replies.get(
      [request.command, request.options, request.page, context.locale, context.timeZone],
      context.version,
      render,
    );
  return render();
}

/**
 * `/glokal <subcommand>`: the catalogue's answer, only to the person, with a "Share" button
 * when the command says its reply may be shared; a form (`grant-add`) opens as a modal.
 */
export function onCommand(interaction: ChatInputCommandInteraction, deps: BotDeps): Promise<void> {
  return answerWithNewMessage(interaction, answerCommand(interaction, deps), deps);
}
