import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import {
  describeCommand,
  type Command,
  type OptionDefinition,
  type OptionDescription,
} from '@glokal/chat';
import { createTranslator } from '@glokal/domain';
import { cut } from './inert-text';

/** The one root command on Discord, as on Slack: `/glokal <subcommand>`. */
export const rootCommandName = 'glokal';

/** Options whose values the bot suggests while typing (event and grant names, periods). */
export type SuggestionKind = 'event' | 'grant' | 'period';

/** The option the bot suggests periods for (`today`, `next month`, …); any text is still accepted. */
const periodOption = 'period';

export function suggestionKindOf(option: OptionDefinition): SuggestionKind | undefined {
  if (option.autocomplete) return option.autocomplete;
  return option.name === periodOption && !option.choices ? 'period' : undefined;
}

/**
 * A catalogue name as a Discord subcommand name: lower case, words joined by `-` (`grant add`
 * → `grant-add`: Discord cannot have both a subcommand and a group called `grant`), only
 * letters, digits, `-` and `_`, at most 32 characters.
 */
export function discordName(name: string): string {
  return name
    .toLowerCase()
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^-_\p{L}\p{N}]/gu, '')
    .slice(0, 32);
}

/** The catalogue command a Discord subcommand (or group + subcommand) stands for. */
export function commandForSubcommand(
  catalogue: readonly Command[],
  subcommand: string,
  group?: string | null,
): Command | undefined {
  const name = group ? `${group}-${subcommand}` : subcommand;
  return catalogue.find((command) => discordName(command.name) === name);
}

const description = (text: string) => cut(text.trim() || '…', 100);

function optionOf(
  option: OptionDefinition,
  en: OptionDescription,
  pl: OptionDescription,
): APIApplicationCommandBasicOption {
  const localized = {
    name: discordName(option.name),
    name_localizations: { pl: discordName(option.namePl) },
    description: description(en.description),
    description_localizations: { pl: description(pl.description) },
    required: option.required,
  };
  if (option.type === 'integer')
    return { ...localized, type: ApplicationCommandOptionType.Integer, min_value: 1 };
  if (option.type === 'file')
    return { ...localized, type: ApplicationCommandOptionType.Attachment };
  if (option.choices && option.choices.length > 0) {
    return {
      ...localized,
      type: ApplicationCommandOptionType.String,
      choices: option.choices.slice(0, 25).map((choice, index) => ({
        name: cut(en.choices?.[index]?.name ?? choice.value, 100),
        name_localizations: { pl: cut(pl.choices?.[index]?.name ?? choice.pl, 100) },
        value: choice.value,
      })),
    };
  }
  return {
    ...localized,
    type: ApplicationCommandOptionType.String,
    max_length: 200,
    ...(suggestionKindOf(option) ? { autocomplete: true } : {}),
  };
}

function subcommandOf(command: Command): APIApplicationCommandSubcommandOption {
  const en = describeCommand(command, 'en');
  const pl = describeCommand(command, 'pl');
  const options = command.options
    .map((option, index) => ({ option, index }))
    // Discord wants required options first; a stable sort keeps the catalogue's order otherwise.
    .sort((a, b) => Number(b.option.required) - Number(a.option.required) || a.index - b.index)
    .slice(0, 25)
    .map(({ option, index }) => {
      const enOption = en.options[index];
      const plOption = pl.options[index];
      if (!enOption || !plOption)
        throw new Error(`${command.name}: no description of option ${option.name}`);
      return optionOf(option, enOption, plOption);
    });
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: discordName(command.name),
    name_localizations: { pl: discordName(command.namePl) },
    description: description(en.description),
    description_localizations: { pl: description(pl.description) },
    ...(options.length > 0 ? { options } : {}),
  };
}

/**
 * The whole Discord command set, generated from the catalogue: one `/glokal` command with a
 * subcommand per catalogue command, typed options, choices, autocomplete, and Polish names
 * and descriptions. Registered in one bulk overwrite.
 */
export function buildCommandDefinitions(
  catalogue: readonly Command[],
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  if (catalogue.length > 25)
    throw new RangeError(`Discord allows 25 subcommands; the catalogue has ${catalogue.length}`);
  const names = new Set<string>();
  for (const command of catalogue) {
    const name = discordName(command.name);
    if (names.has(name))
      throw new Error(`two catalogue commands become the Discord subcommand ${name}`);
    names.add(name);
  }
  const en = createTranslator('en', 'UTC');
  const pl = createTranslator('pl', 'UTC');
  return [
    {
      type: ApplicationCommandType.ChatInput,
      name: rootCommandName,
      description: description(en.t('discord:command')),
      description_localizations: { pl: description(pl.t('discord:command')) },
      contexts: [InteractionContextType.Guild],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      options: catalogue.map(subcommandOf),
    },
  ];
}
