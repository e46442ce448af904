import type { FakeMessage, FakeState } from './fake-state';
import { memberPermissions } from './fake-guild';
import { randomToken } from './snowflake';

/** Who presses or types, in which guild and channel, in which Discord locale. */
export interface InteractionActor {
  userId: string;
  username?: string;
  /** Discord locale tag: `pl`, `en-US`, `de` … */
  locale?: string;
  guildId?: string;
  channelId?: string;
  roles?: string[];
  /** The member's permissions in the channel. */
  permissions?: bigint;
}

export type OptionValue = string | number | boolean;

/** A slash-command option as Discord sends it. */
export interface InteractionOption {
  name: string;
  type: number;
  value?: OptionValue;
  focused?: boolean;
  options?: InteractionOption[];
}

export interface SlashCommandInput {
  /** The top-level command, e.g. `glokal`. */
  command: string;
  /** A subcommand (and its group, if any). */
  subcommand?: string;
  group?: string;
  options?: Record<string, OptionValue>;
  /** Files attached to attachment options (type 11), by option name. */
  attachments?: Record<string, { filename: string; text: string; contentType?: string }>;
}

function optionType(value: OptionValue): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}

/** Options nested the way Discord nests them: group → subcommand → values. */
export function nestOptions(input: SlashCommandInput, focused?: string): InteractionOption[] {
  const values: InteractionOption[] = Object.entries(input.options ?? {}).map(([name, value]) => ({
    name,
    type: optionType(value),
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
  if (!input.subcommand) return values;
  const sub: InteractionOption = { name: input.subcommand, type: 1, options: values };
  return input.group ? [{ name: input.group, type: 2, options: [sub] }] : [sub];
}

/** Builds INTERACTION_CREATE payloads shaped like Discord's, for the fake's guilds. */
export class InteractionBuilder {
  constructor(private readonly state: FakeState) {}

  #base(type: number, actor: InteractionActor): Record<string, unknown> {
    const guild =
      this.state.guilds.find((candidate) => candidate.id === actor.guildId) ?? this.state.guilds[0];
    if (!guild) throw new Error('fake Discord: no guild to interact in');
    const channel =
      guild.channels.find((candidate) => candidate.id === actor.channelId) ?? guild.channels[0];
    if (!channel) throw new Error(`fake Discord: guild ${guild.id} has no channel`);
    const permissions = (actor.permissions ?? memberPermissions).toString();
    const user = {
      id: actor.userId,
      username: actor.username ?? `user${actor.userId.slice(-4)}`,
      global_name: actor.username ?? null,
      discriminator: '0',
      avatar: null,
      public_flags: 0,
    };
    return {
      id: this.state.nextId(),
      application_id: this.state.applicationId,
      type,
      token: randomToken(),
      version: 1,
      guild_id: guild.id,
      guild: { id: guild.id, locale: guild.preferredLocale, features: [] },
      channel_id: channel.id,
      channel: {
        id: channel.id,
        type: 0,
        guild_id: guild.id,
        name: channel.name,
        position: 0,
        nsfw: false,
        parent_id: null,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
        flags: 0,
        permissions,
      },
      member: {
        user,
        roles: actor.roles ?? [],
        permissions,
        joined_at: '2024-09-02T08:00:00.000000+00:00',
        premium_since: null,
        nick: null,
        avatar: null,
        deaf: false,
        mute: false,
        pending: false,
        flags: 0,
      },
      locale: actor.locale ?? 'en-US',
      guild_locale: guild.preferredLocale,
      app_permissions: memberPermissions.toString(),
      entitlements: [],
      authorizing_integration_owners: { '0': guild.id },
      context: 0,
      attachment_size_limit: 10_485_760,
    };
  }

  #commandId(name: string, guildId: string | undefined): string {
    const guildCommands = guildId ? (this.state.guildCommands.get(guildId) ?? []) : [];
    const known = [...guildCommands, ...this.state.globalCommands].find(
      (command) => command.name === name,
    );
    return known?.id ?? this.state.nextId();
  }

  /** A chat-input command (type 2); attached files come as option ids and `resolved` data. */
  slash(actor: InteractionActor, input: SlashCommandInput): Record<string, unknown> {
    const base = this.#base(2, actor);
    const guildId = String(base['guild_id']);
    const attachments = Object.entries(input.attachments ?? {}).map(([name, file]) => ({
      name,
      attachment: this.state.attach(String(base['channel_id']), file),
    }));
    const options = nestOptions(input);
    const values = input.subcommand
      ? (input.group ? options[0]?.options?.[0] : options[0])?.options
      : options;
    for (const { name, attachment } of attachments)
      values?.push({ name, type: 11, value: String(attachment['id']) });
    return {
      ...base,
      data: {
        id: this.#commandId(input.command, guildId),
        name: input.command,
        type: 1,
        guild_id: guildId,
        options,
        ...(attachments.length > 0
          ? {
              resolved: {
                attachments: Object.fromEntries(
                  attachments.map(({ attachment }) => [String(attachment['id']), attachment]),
                ),
              },
            }
          : {}),
      },
    };
  }

  /** Autocomplete while typing (type 4): `focused` is the option being typed. */
  autocomplete(
    actor: InteractionActor,
    input: SlashCommandInput & { focused: string },
  ): Record<string, unknown> {
    const base = this.#base(4, actor);
    const guildId = String(base['guild_id']);
    return {
      ...base,
      data: {
        id: this.#commandId(input.command, guildId),
        name: input.command,
        type: 1,
        version: this.state.nextId(),
        options: nestOptions(input, input.focused),
      },
    };
  }

  /**
   * A modal submitted (type 5): `components` as Discord sends them back (labels holding each
   * field's `custom_id` and `value` or `values`); `message` when a button on it opened the modal.
   */
  modalSubmit(
    actor: InteractionActor,
    customId: string,
    components: unknown[],
    message?: FakeMessage,
  ): Record<string, unknown> {
    const base = this.#base(5, {
      ...actor,
      ...(message ? { channelId: message.channel_id } : {}),
      ...(message?.guild_id ? { guildId: message.guild_id } : {}),
    });
    return { ...base, ...(message ? { message } : {}), data: { custom_id: customId, components } };
  }

  /** A button press (type 3) on a message the fake holds. */
  button(actor: InteractionActor, message: FakeMessage, customId: string): Record<string, unknown> {
    const base = this.#base(3, {
      ...actor,
      channelId: message.channel_id,
      ...(message.guild_id ? { guildId: message.guild_id } : {}),
    });
    return { ...base, message, data: { custom_id: customId, component_type: 2 } };
  }
}
