import { createTranslator, type Locale, type MessageKey, type Translator } from '@glokal/domain';
import type { Command } from './command';

/** A command's words in one language: for help, Discord registration and the Slack manifest. */
export interface CommandDescription {
  /** The command's name in that language (`wydarzenia`, `events`). */
  name: string;
  /** At most 100 characters (Discord). */
  description: string;
  /** e.g. `events [period] [kind]`, `wydarzenia [okres] [rodzaj]`. */
  usage: string;
  /** What to type after `/glokal`, e.g. `events this week workshop`. */
  example: string;
  options: OptionDescription[];
}

export interface OptionDescription {
  /** English name as the request carries it. */
  key: string;
  /** The option's name in that language. */
  name: string;
  /** At most 100 characters (Discord). */
  description: string;
  required: boolean;
  choices?: { value: string; name: string }[];
}

/** What a command's texts are; a command may carry its own (`texts`) instead of this table. */
export interface CommandTexts {
  description: string;
  usage: string;
  example: string;
  options: Record<string, string>;
}

type Keyed = {
  description: MessageKey;
  usage: MessageKey;
  example: MessageKey;
  options: Record<string, MessageKey>;
};

const keys: Record<string, Keyed> = {
  help: {
    description: 'commands:help.description',
    usage: 'commands:help.usage',
    example: 'commands:help.example',
    options: { command: 'commands:help.options.command' },
  },
  events: {
    description: 'commands:events.description',
    usage: 'commands:events.usage',
    example: 'commands:events.example',
    options: { period: 'commands:events.options.period', kind: 'commands:events.options.kind' },
  },
  event: {
    description: 'commands:event.description',
    usage: 'commands:event.usage',
    example: 'commands:event.example',
    options: { name: 'commands:event.options.name' },
  },
  grants: {
    description: 'commands:grants.description',
    usage: 'commands:grants.usage',
    example: 'commands:grants.example',
    options: { programme: 'commands:grants.options.programme' },
  },
  grant: {
    description: 'commands:grant.description',
    usage: 'commands:grant.usage',
    example: 'commands:grant.example',
    options: { name: 'commands:grant.options.name' },
  },
  docs: {
    description: 'commands:docs.description',
    usage: 'commands:docs.usage',
    example: 'commands:docs.example',
    options: { words: 'commands:docs.options.words' },
  },
  members: {
    description: 'commands:members.description',
    usage: 'commands:members.usage',
    example: 'commands:members.example',
    options: {
      kind: 'commands:members.options.kind',
      country: 'commands:members.options.country',
      words: 'commands:members.options.words',
    },
  },
  partners: {
    description: 'commands:partners.description',
    usage: 'commands:partners.usage',
    example: 'commands:partners.example',
    options: {
      specialisation: 'commands:partners.options.specialisation',
      country: 'commands:partners.options.country',
    },
  },
  subscribe: {
    description: 'commands:subscribe.description',
    usage: 'commands:subscribe.usage',
    example: 'commands:subscribe.example',
    options: {
      topic: 'commands:subscribe.options.topic',
      language: 'commands:subscribe.options.language',
    },
  },
  unsubscribe: {
    description: 'commands:unsubscribe.description',
    usage: 'commands:unsubscribe.usage',
    example: 'commands:unsubscribe.example',
    options: { topic: 'commands:unsubscribe.options.topic' },
  },
  'grant add': {
    description: 'commands:grant_add.description',
    usage: 'commands:grant_add.usage',
    example: 'commands:grant_add.example',
    options: {},
  },
  import: {
    description: 'commands:import.description',
    usage: 'commands:import.usage',
    example: 'commands:import.example',
    options: { kind: 'commands:import.options.kind', file: 'commands:import.options.file' },
  },
  history: {
    description: 'commands:history.description',
    usage: 'commands:history.usage',
    example: 'commands:history.example',
    options: {},
  },
  settings: {
    description: 'commands:settings.description',
    usage: 'commands:settings.usage',
    example: 'commands:settings.example',
    options: {
      language: 'commands:settings.options.language',
      timezone: 'commands:settings.options.timezone',
      email: 'commands:settings.options.email',
    },
  },
};

function textsOf(command: Command, t: Translator): CommandTexts {
  if (command.texts) return command.texts(t);
  const keyed = keys[command.name];
  if (!keyed)
    return { description: command.name, usage: command.name, example: command.name, options: {} };
  return {
    description: t.t(keyed.description),
    usage: t.t(keyed.usage),
    example: t.t(keyed.example),
    options: Object.fromEntries(
      Object.entries(keyed.options).map(([name, key]) => [name, t.t(key)]),
    ),
  };
}

/** Each command's description per language, made once: a command and its messages never change. */
const described = new WeakMap<Command, Partial<Record<Locale, CommandDescription>>>();

/**
 * A command's name, description, usage, example and options in one language (the same frozen
 * object every time: `help` describes every command on each call).
 */
export function describeCommand(command: Command, locale: Locale): CommandDescription {
  const known = described.get(command) ?? {};
  const description = known[locale] ?? freezeDescription(describeAnew(command, locale));
  known[locale] = description;
  described.set(command, known);
  return description;
}

function freezeDescription(description: CommandDescription): CommandDescription {
  for (const option of description.options) {
    if (option.choices) for (const choice of option.choices) Object.freeze(choice);
    Object.freeze(option.choices);
    Object.freeze(option);
  }
  Object.freeze(description.options);
  return Object.freeze(description);
}

function describeAnew(command: Command, locale: Locale): CommandDescription {
  const t = createTranslator(locale, 'UTC');
  const texts = textsOf(command, t);
  return {
    name: locale === 'pl' ? command.namePl : command.name,
    description: texts.description,
    usage: texts.usage,
    example: texts.example,
    options: command.options.map((option) => ({
      key: option.name,
      name: locale === 'pl' ? option.namePl : option.name,
      description: texts.options[option.name] ?? option.name,
      required: option.required,
      ...(option.choices
        ? {
            choices: option.choices.map((choice) => ({
              value: choice.value,
              name: locale === 'pl' ? choice.pl : (choice.en ?? choice.value),
            })),
          }
        : {}),
    })),
  };
}
