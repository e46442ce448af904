import {
  ComponentType,
  MessageFlags,
  type APIButtonComponentWithCustomId,
  type ButtonInteraction,
} from 'discord.js';
import {
  actionShareable,
  decodeAction,
  encodeAction,
  openForm,
  reply,
  runAction,
  type ChatAction,
} from '@glokal/chat';
import { createTranslator, localeFromTag } from '@glokal/domain';
import type { BotDeps } from './bot-deps';
import { memberOf } from './discord-member';
import { renderReply, type ButtonRow } from './render-reply';
import { resolveContext } from './requester';
import { answerByUpdating, answerWithNewMessage, type Shown } from './answer-interaction';
import { shownOf } from './form-answers';
import { readReopenId, type FormPlace } from './form-ids';
import { inertCut } from './inert-text';

const shareId = encodeAction({ type: 'share' });

async function contextOf(interaction: ButtonInteraction, deps: BotDeps) {
  const context = await resolveContext(memberOf(interaction), deps);
  const answering = {
    t: createTranslator(context.locale, context.timeZone),
    userId: context.requester.userId,
    drafts: deps.drafts,
  };
  return { context, answering };
}

async function answerAction(
  interaction: ButtonInteraction,
  action: ChatAction,
  deps: BotDeps,
): Promise<Shown> {
  const { context, answering } = await contextOf(interaction, deps);
  const answer = await runAction(action, context, deps.chat);
  return shownOf(answer, answering, { share: actionShareable(action) });
}

/**
 * "Try again" (or "Open the form" after a late answer): the form section again, with what
 * the person typed when it is still kept, else from what is stored.
 */
async function reopenForm(
  interaction: ButtonInteraction,
  reopen: { place: FormPlace; token: string },
  deps: BotDeps,
): Promise<Shown> {
  const { context, answering } = await contextOf(interaction, deps);
  const typed = deps.drafts.find(context.requester.userId, reopen.token);
  const answer = await openForm(
    { ...reopen.place, ...(typed ? { values: typed } : {}) },
    context.requester,
    answering.t,
    deps.chat,
  );
  return shownOf(answer, answering, { share: false });
}

/** The buttons of a message without "Share" (a shared message is for everyone). */
function rowsWithoutShare(interaction: ButtonInteraction): ButtonRow[] {
  const rows: ButtonRow[] = [];
  for (const component of interaction.message.components) {
    const json = component.toJSON();
    if (json.type !== ComponentType.ActionRow) continue;
    const buttons = json.components.filter(
      (button): button is APIButtonComponentWithCustomId =>
        button.type === ComponentType.Button &&
        'custom_id' in button &&
        button.custom_id !== shareId,
    );
    if (buttons.length > 0) rows.push({ type: ComponentType.ActionRow, components: buttons });
  }
  return rows;
}

/** "Share in channel": posts what the person sees for everyone, saying who shared it. */
async function share(interaction: ButtonInteraction, deps: BotDeps): Promise<void> {
  const t = createTranslator(localeFromTag(interaction.locale, 'en'), deps.chat.clusterTimeZone);
  const name = memberOf(interaction).displayName;
  await interaction.reply({
    content: inertCut(t.t('discord:shared_by', { name }), 2000),
    embeds: interaction.message.embeds.map((embed) => embed.toJSON()),
    components: rowsWithoutShare(interaction),
    allowedMentions: { parse: [] },
  });
}

/**
 * A button press. On the person's own (ephemeral) reply the answer replaces that message; on a
 * shared message, which others see too, the answer comes as a new message only to the presser.
 */
export async function onButton(interaction: ButtonInteraction, deps: BotDeps): Promise<void> {
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  const reopen = readReopenId(interaction.customId);
  if (reopen) {
    const work = reopenForm(interaction, reopen, deps);
    return ephemeral
      ? answerByUpdating(interaction, work, deps)
      : answerWithNewMessage(interaction, work, deps);
  }
  const action = decodeAction(interaction.customId);
  if (action?.type === 'share') return share(interaction, deps);
  if (!action) {
    const t = createTranslator(localeFromTag(interaction.locale, 'en'), deps.chat.clusterTimeZone);
    const unknown = renderReply(
      reply({ title: t.t('chat:problem.share_unavailable'), tone: 'notice' }),
      { t },
    );
    return answerWithNewMessage(
      interaction,
      Promise.resolve({ type: 'message', message: unknown }),
      deps,
    );
  }
  const work = answerAction(interaction, action, deps);
  if (ephemeral) return answerByUpdating(interaction, work, deps);
  return answerWithNewMessage(interaction, work, deps);
}
