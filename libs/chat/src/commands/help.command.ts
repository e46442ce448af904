import { foldForSearch, type Translator } from '@glokal/domain';
import type { Command } from '../command';
import { reply, type Reply, type ReplyItem } from '../reply';
import { optionText } from '../option-values';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';
import { describeCommand } from '../describe-command';

/** Each command's help item per language and depth, made once (help depends on nothing else). */
const helpItems = new WeakMap<Command, Map<string, ReplyItem>>();

/** A command's help entry; the same frozen item every time for one language and depth. */
export function helpItem(command: Command, t: Translator, detailed: boolean): ReplyItem {
  const items = helpItems.get(command) ?? new Map<string, ReplyItem>();
  helpItems.set(command, items);
  const key = `${t.locale}:${detailed ? 'detailed' : 'short'}`;
  const known = items.get(key);
  if (known) return known;
  const item = freezeItem(helpItemAnew(command, t, detailed));
  items.set(key, item);
  return item;
}

function freezeItem(item: ReplyItem): ReplyItem {
  for (const field of item.fields) Object.freeze(field);
  Object.freeze(item.fields);
  Object.freeze(item.context);
  Object.freeze(item.actions);
  return Object.freeze(item);
}

function helpItemAnew(command: Command, t: Translator, detailed: boolean): ReplyItem {
  const described = describeCommand(command, t.locale);
  return {
    title: t.t('chat:help.command_title', { usage: described.usage }),
    text: described.description,
    fields: detailed
      ? described.options.map((option) => ({ label: option.name, value: option.description }))
      : [],
    context: [
      t.t('chat:help.example', { example: described.example }),
      ...(command.audience === 'coordinator' ? [t.t('chat:help.coordinators_only')] : []),
      ...(detailed && command.name === 'events' ? [t.t('events:bad_period.help')] : []),
    ],
    actions: [],
  };
}

/** Every command with what it does and an example, in help order. */
export function helpReply(
  commands: readonly Command[],
  t: Translator,
  summary?: string,
  tone: Reply['tone'] = 'normal',
): Reply {
  return reply({
    title: t.t('chat:help.title'),
    summary: summary ?? t.t('chat:help.summary'),
    items: commands.map((command) => helpItem(command, t, false)),
    tone,
  });
}

/** Each catalogue's names, folded, to the command they name (the first to claim a name keeps it). */
const namesOfCatalogues = new WeakMap<readonly Command[], ReadonlyMap<string, Command>>();

function namesOf(commands: readonly Command[]): ReadonlyMap<string, Command> {
  const known = namesOfCatalogues.get(commands);
  if (known) return known;
  const names = new Map<string, Command>();
  for (const command of commands) {
    const aliases = command.aliases ?? [];
    const keys = [command.name, command.namePl, ...aliases].map(foldForSearch);
    // An alias also names its command as written (one that folds to nothing: `?`).
    for (const key of [...keys, ...aliases]) if (key && !names.has(key)) names.set(key, command);
  }
  namesOfCatalogues.set(commands, names);
  return names;
}

/**
 * The command a word names (English or Polish name, or an alias), one or two words; the names
 * are folded once per catalogue, not on every command typed.
 */
export function commandNamed(commands: readonly Command[], word: string): Command | undefined {
  return namesOf(commands).get(foldForSearch(word) || word.trim().toLowerCase());
}

/** `help [command]`; made over the catalogue it describes. */
export function createHelpCommand(commands: () => readonly Command[]): Command {
  return {
    name: 'help',
    namePl: 'pomoc',
    audience: 'everyone',
    cacheable: true,
    aliases: ['?', 'h', 'pomocy'],
    options: [
      { name: 'command', namePl: 'polecenie', type: 'string', required: false, rest: true },
    ],
    async handle(request) {
      const t = translatorFor(request);
      const asked = optionText(request, 'command');
      if (!asked) return helpReply(commands(), t);
      const command = commandNamed(commands(), asked);
      if (!command) {
        return notice(t, t.t('chat:problem.unknown_command', { word: asked }), {
          hint: t.t('chat:problem.try_help'),
        });
      }
      return reply({ title: t.t('chat:help.title'), items: [helpItem(command, t, true)] });
    },
  };
}
