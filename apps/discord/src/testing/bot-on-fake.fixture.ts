import { REST } from 'discord.js';
import { catalogue } from '@glokal/chat';
import { createLogger } from '@glokal/config';
import { fixedClock, type ClusterStore } from '@glokal/domain';
import {
  startFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
  type FakeInteraction,
  type FakeMessage,
  type InteractionActor,
  type ModalPayload,
} from '@glokal/testing/discord';
import { startDiscordBot, type DiscordBot, type DiscordBotOptions } from '../discord-bot';
import { buildCommandDefinitions } from '../command-definitions';
import { registerCommands } from '../command-registration';
import { SEASON_NOW } from '@glokal/chat/testing';

export interface BotOnFake {
  fake: FakeDiscord;
  bot: DiscordBot;
  /** `/glokal <subcommand>` with options; resolves with the answer once it has embeds. */
  ask(
    actor: InteractionActor,
    subcommand: string,
    options?: Record<string, string | number>,
  ): Promise<Answer>;
  /** Presses a button on a message; resolves once the interaction is answered. */
  press(actor: InteractionActor, message: FakeMessage, customId: string): Promise<Answer>;
  /**
   * `/glokal <subcommand>` (or, given `message` and `customId`, a button press) whose first
   * response is expected to be a modal: the interaction and the modal it showed.
   */
  openModal(
    actor: InteractionActor,
    from: { subcommand: string } | { message: FakeMessage; customId: string },
  ): Promise<ShownModal>;
  /** Fills in and submits a shown modal; resolves with the private answer. */
  submit(
    actor: InteractionActor,
    shown: ShownModal,
    typed?: Record<string, string | readonly string[]>,
  ): Promise<Answer>;
  close(): Promise<void>;
}

export interface Answer {
  interaction: FakeInteraction;
  callbackType: number;
  message: FakeMessage;
}

export interface ShownModal {
  interaction: FakeInteraction;
  /** Every callback the interaction got: a modal must be the first and only one. */
  callbackTypes: number[];
  modal: ModalPayload;
}

export const logger = createLogger({ level: 'silent' });

/**
 * The real bot logged in to a fake Discord, with `/glokal` registered in the fake guild and a
 * clock standing at the chat season's `SEASON_NOW`. The first guild is the cluster's (the
 * bot's `guildIds`); any further guild given in `fake.guilds` is someone else's.
 */
export async function startBotOnFake(
  store: ClusterStore,
  options: {
    fake?: FakeDiscordOptions;
    bot?: Partial<Omit<DiscordBotOptions, 'discord'>>;
    coordinatorRole?: string;
  } = {},
): Promise<BotOnFake> {
  const fake = await startFakeDiscord(options.fake);
  const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
  await registerCommands({
    rest,
    applicationId: fake.applicationId,
    guildId: fake.guildId,
    commands: buildCommandDefinitions(catalogue),
  });
  const bot = await startDiscordBot({
    discord: {
      token: fake.token,
      applicationId: fake.applicationId,
      guildIds: [fake.guildId],
      apiUrl: fake.apiUrl,
      ...(options.coordinatorRole ? { coordinatorRole: options.coordinatorRole } : {}),
    },
    cluster: { timeZone: 'Europe/Warsaw' },
    store,
    clock: fixedClock(SEASON_NOW),
    logger,
    ...options.bot,
  });
  const answered = async (interaction: FakeInteraction): Promise<Answer> => {
    const callback = await fake.waitForCallback(interaction);
    const message = await fake.waitForOriginal(
      interaction,
      (candidate) => candidate.embeds.length > 0,
    );
    return { interaction, callbackType: callback.type, message };
  };
  return {
    fake,
    bot,
    ask: (actor, subcommand, values = {}) =>
      answered(fake.slash(actor, { command: 'glokal', subcommand, options: values })),
    press: (actor, message, customId) => answered(fake.press(actor, message.id, customId)),
    async openModal(actor, from) {
      const interaction =
        'subcommand' in from
          ? fake.slash(actor, { command: 'glokal', subcommand: from.subcommand })
          : fake.press(actor, from.message.id, from.customId);
      await fake.waitForCallback(interaction);
      const modal = fake.modalOf(interaction);
      if (!modal)
        throw new Error(
          `expected a modal, got callback ${interaction.callback?.type}: ${JSON.stringify(interaction.callback?.data)}`,
        );
      const route = `/interactions/${interaction.id}/${interaction.token}/callback`;
      const callbackTypes = fake.requests
        .filter((request) => request.route === route && request.status < 300)
        .map((request) => Number((request.body as { type?: unknown }).type));
      return { interaction, callbackTypes, modal };
    },
    submit: (actor, shown, typed = {}) =>
      answered(fake.submitModal(actor, shown.interaction, typed)),
    async close() {
      await bot.stop();
      await fake.close();
    },
  };
}

/** The custom ids of every button on a message, in order. */
export function buttonIds(message: FakeMessage): string[] {
  return message.components.flatMap((row) =>
    row.components.map((button) => button.custom_id ?? ''),
  );
}

/** All visible text of a message's embeds. */
export function embedText(message: FakeMessage): string {
  return message.embeds
    .flatMap((embed) => [
      embed.title ?? '',
      embed.description ?? '',
      embed.footer?.text ?? '',
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    ])
    .join('\n');
}
