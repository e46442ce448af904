import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { answerInTime } from './answer-in-time';
import type { BotDeps } from './bot-deps';
import type { RenderedMessage } from './render-reply';
import { ephemeralPayloadOf, failureMessage, payloadOf } from './reply-payload';

type Repliable = ChatInputCommandInteraction | ButtonInteraction;

async function tellFailure(
  interaction: Repliable,
  deps: BotDeps,
  error: unknown,
  mode: 'new' | 'update',
): Promise<void> {
  deps.logger.error({ err: error, interaction: interaction.id }, 'could not answer an interaction');
  const failure = failureMessage(interaction.locale);
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
 * "thinking…" first (within Discord's 3 seconds) and the answer as an edit.
 */
export async function answerWithNewMessage(
  interaction: Repliable,
  work: Promise<RenderedMessage>,
  deps: BotDeps,
): Promise<void> {
  try {
    const { value, deferred } = await answerInTime(work, deps.deferAfterMs, () =>
      interaction.deferReply({ flags: MessageFlags.Ephemeral }),
    );
    if (deferred) await interaction.editReply(payloadOf(value));
    else await interaction.reply(ephemeralPayloadOf(value));
  } catch (error) {
    await tellFailure(interaction, deps, error, 'new');
  }
}

/** Replaces the message the button is on: directly, or after acknowledging when slow. */
export async function answerByUpdating(
  interaction: ButtonInteraction,
  work: Promise<RenderedMessage>,
  deps: BotDeps,
): Promise<void> {
  try {
    const { value, deferred } = await answerInTime(work, deps.deferAfterMs, () =>
      interaction.deferUpdate(),
    );
    if (deferred) await interaction.editReply(payloadOf(value));
    else await interaction.update(payloadOf(value));
  } catch (error) {
    await tellFailure(interaction, deps, error, 'update');
  }
}
