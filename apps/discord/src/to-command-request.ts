import { ApplicationCommandOptionType, type CommandInteractionOption } from 'discord.js';
import type { Command, CommandRequest } from '@glokal/chat';
import { commandForSubcommand, discordName } from './command-definitions';
import type { InteractionContext } from './requester';

/** The subcommand (and group) chosen, and the values typed for it, from Discord's nested options. */
export interface ChosenSubcommand {
  group?: string;
  subcommand?: string;
  values: readonly CommandInteractionOption[];
}

export function chosenSubcommand(options: readonly CommandInteractionOption[]): ChosenSubcommand {
  const [first] = options;
  if (first?.type === ApplicationCommandOptionType.SubcommandGroup) {
    const [sub] = first.options ?? [];
    return {
      group: first.name,
      ...(sub ? { subcommand: sub.name } : {}),
      values: sub?.options ?? [],
    };
  }
  if (first?.type === ApplicationCommandOptionType.Subcommand)
    return { subcommand: first.name, values: first.options ?? [] };
  return { values: options };
}

/** Option values by the catalogue's option names (Discord sends its own, lower-cased names). */
export function optionValues(
  command: Command,
  values: readonly CommandInteractionOption[],
): Record<string, string | number> {
  const found: Record<string, string | number> = {};
  for (const value of values) {
    const option = command.options.find((candidate) => discordName(candidate.name) === value.name);
    // A file option's value is the attachment's id: its text is read separately (attached-files).
    if (!option || option.type === 'file') continue;
    if (value.value === undefined || typeof value.value === 'boolean') continue;
    found[option.name] = value.value;
  }
  return found;
}

/**
 * A slash command as a neutral request, or the unknown subcommand's name when the catalogue has
 * no such command (commands registered by an older version).
 */
export function toCommandRequest(
  catalogue: readonly Command[],
  options: readonly CommandInteractionOption[],
  context: InteractionContext,
): { ok: true; request: CommandRequest } | { ok: false; word: string } {
  const chosen = chosenSubcommand(options);
  const command = chosen.subcommand
    ? commandForSubcommand(catalogue, chosen.subcommand, chosen.group)
    : undefined;
  if (!command)
    return { ok: false, word: [chosen.group, chosen.subcommand].filter(Boolean).join(' ') || '?' };
  return {
    ok: true,
    request: {
      ...context,
      command: command.name,
      options: optionValues(command, chosen.values),
      page: 1,
    },
  };
}
