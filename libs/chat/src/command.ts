import type { ClusterStore, Clock, Translator } from '@glokal/domain';
import type { CommandRequest } from './request';
import type { Answer } from './forms/form';
import type { ChatJobs } from './jobs';

/**
 * One option of a command. Text platforms (Slack, console) fill options from words in order;
 * Discord shows them as typed slash-command options with Polish localisations.
 */
export interface OptionDefinition {
  /** English name (Discord option name, key in `CommandRequest.options`). */
  name: string;
  /** Polish name (Discord localisation). */
  namePl: string;
  /**
   * `file`: a file attached to the command (a Discord attachment option). Adapters that can
   * attach pass the file's text as the value; text platforms never fill it from words and
   * answer with the command's form instead.
   */
  type: 'string' | 'integer' | 'file';
  required: boolean;
  /**
   * Fixed values (Discord shows them as choices), with their Polish spellings and, where the
   * value is not a word, an English one (`vocational_centre` -> `vocational centre`).
   */
  choices?: readonly { value: string; pl: string; en?: string }[];
  /** Discord asks the catalogue for suggestions while typing (event and grant names). */
  autocomplete?: 'event' | 'grant';
  /** Takes the rest of the line on text platforms (e.g. `docs <words>`). */
  rest?: boolean;
}

export interface CommandDefinition {
  /** English name; a subcommand group and its member are separated by a space: `grant add`. */
  name: string;
  /** Polish name (Discord localisation, Slack alias). */
  namePl: string;
  /** Who may run it. */
  audience: 'everyone' | 'coordinator';
  /**
   * What adapters may do with it, so they keep no lists of command names: `shareable` — its
   * reply shows what the cluster has and may be posted to the channel; `cacheable` — its
   * reply holds nothing personal, the same for everyone with one language and zone;
   * `writes` — it changes the person, their channel or the cluster's data.
   */
  shareable?: boolean;
  cacheable?: boolean;
  writes?: boolean;
  options: readonly OptionDefinition[];
  /** More words accepted in text (Slack, console), folded: `czlonkowie`, `documents`, `pomoc`. */
  aliases?: readonly string[];
}

/** What every handler may use. Apps wire the real store and clock; tests wire a PGlite store. */
export interface ChatDeps {
  store: ClusterStore;
  clock: Clock;
  clusterTimeZone: string;
  /** Wakes the worker after a write (the write itself goes through `store.transaction`). */
  jobs: ChatJobs;
  /**
   * Where people reach the worker's calendar feeds (`PUBLIC_URL`, no trailing slash). Unset:
   * no feed links anywhere (settings, event and grant details).
   */
  publicUrl?: string;
}

export interface Command extends CommandDefinition {
  /** A reply, or a form to open (`grant add`). */
  handle(request: CommandRequest, deps: ChatDeps): Promise<Answer>;
  /**
   * Turns the words after the command name (Slack text, console line) into options. Without
   * it, words fill the options in order and a `rest` option takes what is left.
   */
  fromWords?(words: readonly string[]): Record<string, string>;
  /**
   * The command's description, usage, example and option descriptions in `t`'s language,
   * for a command whose messages `describeCommand` does not list yet.
   */
  texts?(t: Translator): {
    description: string;
    usage: string;
    example: string;
    options: Record<string, string>;
  };
}
