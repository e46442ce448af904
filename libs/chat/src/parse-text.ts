import type { Command } from './command';
import { catalogue } from './catalogue';
import { commandNamed } from './commands/help.command';
import { positionalOptions, withoutControls } from './option-values';

/** Why a line of text is not a command. */
export type TextProblem = { code: 'unknown-command'; word: string };

export type ParsedText =
  | { ok: true; command: string; options: Record<string, string | number> }
  | { ok: false; problem: TextProblem };

/** Command names of two words (`grant add`, `grant dodaj`). */
function twoWordCommand(
  commands: readonly Command[],
  words: readonly string[],
): Command | undefined {
  if (words.length < 2) return undefined;
  const command = commandNamed(commands, `${words[0]} ${words[1]}`);
  return command?.name.includes(' ') ? command : undefined;
}

/**
 * Reads a line as people type it after `/glokal` (Slack text, console): the command in
 * English or Polish (`events`, `wydarzenia`, `członkowie` or `czlonkowie`), then its options
 * (`events this week workshop`, `wydarzenia ten tydzień warsztaty`). A leading `/glokal` is
 * dropped; an empty line asks for help. Control characters (NUL) are dropped first, so they
 * never reach a handler or the store.
 */
export function parseCommandText(
  text: string,
  commands: readonly Command[] = catalogue,
): ParsedText {
  const words = withoutControls(text).trim().split(/\s+/).filter(Boolean);
  if (words[0] && /^\/?glokal$/i.test(words[0])) words.shift();
  const [first] = words;
  if (!first) return { ok: true, command: 'help', options: {} };
  const twoWords = twoWordCommand(commands, words);
  const command = twoWords ?? commandNamed(commands, first);
  if (!command) return { ok: false, problem: { code: 'unknown-command', word: first } };
  const rest = words.slice(twoWords ? 2 : 1);
  const options = command.fromWords
    ? command.fromWords(rest)
    : positionalOptions(command.options, rest);
  return { ok: true, command: command.name, options };
}
