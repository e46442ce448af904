import {
  MessageFlags,
  type APIModalInteractionResponseCallbackData,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import { answerInTime } from './answer-in-time';
import type { BotDeps } from './bot-deps';
import type { RenderedMessage } from './render-reply';
import { ephemeralPayloadOf, failureMessage, payloadOf } from './reply-payload';

type Repliable = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/**
 * What an interaction is answered with: a message, or a form shown as a modal. A modal can
 * only be the first response (never after "thinking…"), so a form that comes too late is
 * shown as `late()`: a message with a button that opens it.
 */
export type Shown =
  | { type: 'message'; message: RenderedMessage }
  | {
      type: 'modal';
      modal: APIModalInteractionResponseCallbackData;
      late: () => RenderedMessage;
    };

async function tellFailure(
  interaction: Repliable,
  deps: BotDeps,
  error: unknown,
  mode: 'new' | 'update',
): Promise<void> {
  deps.logger.error({ err: error, interaction: interaction.id }, 'could not answer an interaction');
  const failure = failureMessage(interaction.locale, 'en', error);
  try {
    if (interaction.deferred || interaction.replied)
      await interaction.editReply(payloadOf(failure));
    else if (mode === 'update' && interaction.isButton())
      await interaction.update(payloadOf(failure));
    else await interaction.reply(ephemeralPayloadOf(failure));
  } catch (second) {
    deps.logger.warn(
      { err: second, interaction: interaction.id },
      'could not tell the person either',
    );
  }
}

/**
 * Answers with a new message only the person sees: directly when the work is quick, else
 * "thinking…" first (within Discord's 3 seconds) and the answer as an edit. A form in time
 * opens as a modal; a late one arrives as a message with a button that opens it.
 */
export async function answerWithNewMessage(
  interaction: Repliable,
  work: Promise<Shown>,
  deps: BotDeps,
): Promise<void> {
  try {
    const { value, deferred } = await answerInTime(work, deps.deferAfterMs, () =>
      interaction.deferReply({ flags: MessageFlags.Ephemeral }),
    );
    if (value.type === 'modal' && !deferred && !interaction.isModalSubmit()) {
      await interaction.showModal(value.modal);
      return;
    }
    const message = value.type === 'modal' ? value.late() : value.message;
    if (deferred) await interaction.editReply(payloadOf(message));
    else await interaction.reply(ephemeralPayloadOf(message));
  } catch (error) {
    await tellFailure(interaction, deps, error, 'new');
  }
}

/**
 * Replaces the message the button is on: directly, or after acknowledging when slow. A form
 * in time opens as a modal; a late one comes as a new message, leaving this one as it was.
 */
export async function answerByUpdating(
  interaction: ButtonInteraction,
  work: Promise<Shown>,
  deps: BotDeps,
): Promise<void> {
  try {
    const { value, deferred } = await answerInTime(work, deps.deferAfterMs, () =>
      interaction.deferUpdate(),
    );
    if (value.type === 'modal') {
      if (deferred) await interaction.followUp(ephemeralPayloadOf(value.late()));
      else await interaction.showModal(value.modal);
      return;
    }
    if (deferred) await interaction.editReply(payloadOf(value.message));
    else await interaction.update(payloadOf(value.message));
  } catch (error) {
    await tellFailure(interaction, deps, error, 'update');
  }
}
