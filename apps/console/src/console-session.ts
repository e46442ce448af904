import type { Logger } from '@glokal/config';
import { createTranslator, type ChatPlatform, type Locale } from '@glokal/domain';
import {
  isFormOpening,
  parseCommandText,
  preferencesFor,
  replyToUnparsed,
  runAction,
  runCommand,
  type Answer,
  type ChatAction,
  type ChatDeps,
  type Reply,
} from '@glokal/chat';
import { renderText } from './render-text';
import { writeReplyFiles } from './write-reply-files';
import { createFormPrompt, type FormPrompt } from './form-prompt';

export interface SessionSettings {
  platform: ChatPlatform;
  userId: string;
  coordinator: boolean;
  /** Given on the command line: wins over the person's stored setting. */
  locale?: Locale;
  timeZone?: string;
  /** The cluster's defaults (`DEFAULT_LOCALE`, `CLUSTER_TIMEZONE`). */
  defaults: { locale: Locale; timeZone: string };
  /** Where files a reply carries (a CSV export) are written; the current directory if unset. */
  filesDir?: string;
}

const quitWords = new Set(['quit', 'exit', 'koniec', 'wyjdz', 'wyjdź', '.exit']);

/**
 * One person at the console: each line is a command (with or without `/glokal`) or the
 * number of a button of the last reply; while a form is open (`grant add`, Edit), each line
 * answers its current field. Returns the text to print, or `undefined` to quit. A line whose
 * handling fails (the store is gone, a handler throws) gets a localised apology and the
 * session goes on; `logger` keeps the error.
 */
export function createConsoleSession(
  settings: SessionSettings,
  deps: ChatDeps,
  logger?: Pick<Logger, 'error'>,
) {
  let buttons: ChatAction[] = [];
  let filling: FormPrompt | undefined;
  const requester = {
    platform: settings.platform,
    userId: settings.userId,
    displayName: `Console ${settings.userId}`,
    isCoordinator: settings.coordinator,
  };
  const conversation = { workspaceId: 'console', channelId: 'console' };

  async function preferences() {
    const found = await preferencesFor(requester, settings.defaults, deps);
    return {
      locale: settings.locale ?? found.locale,
      timeZone: settings.timeZone ?? found.timeZone,
    };
  }

  async function answer(
    line: string,
    prefs: { locale: Locale; timeZone: string },
  ): Promise<Answer | string> {
    if (/^\d+$/.test(line)) {
      const t = createTranslator(prefs.locale, prefs.timeZone);
      const action = buttons[Number(line) - 1];
      if (action) return runAction(action, { requester, conversation, ...prefs }, deps);
      return buttons.length === 0
        ? t.t('console:no_buttons')
        : t.t('console:no_such_button', { number: line, range: `1–${buttons.length}` });
    }
    const parsed = parseCommandText(line);
    if (!parsed.ok) return replyToUnparsed(parsed.problem, prefs.locale, prefs.timeZone);
    return runCommand(
      {
        requester,
        conversation,
        ...prefs,
        command: parsed.command,
        options: parsed.options,
        page: 1,
      },
      deps,
    );
  }

  /** Prints a reply; it may have changed the language (settings), so in the current one. */
  async function show(result: Reply): Promise<string> {
    const after = await preferences();
    const t = createTranslator(after.locale, after.timeZone);
    const rendered = renderText(result, t);
    buttons = rendered.actions;
    if (!result.files?.length) return rendered.text;
    const written = await writeReplyFiles(result.files, settings.filesDir ?? process.cwd(), t);
    return [rendered.text, '', ...written].join('\n');
  }

  /** One line's answer; `handle` turns its failures into an apology. */
  async function handleLine(input: string): Promise<string | undefined> {
    if (filling) {
      const step = await filling.answer(input);
      if (!step.over) return step.text;
      filling = undefined;
      const shown = step.over.reply ? await show(step.over.reply) : '';
      return [step.text, shown].filter(Boolean).join('\n\n');
    }
    const line = input.trim();
    if (line === '') return '';
    if (quitWords.has(line.toLowerCase())) return undefined;
    const prefs = await preferences();
    const result = await answer(line, prefs);
    if (typeof result === 'string') return result;
    if (isFormOpening(result)) {
      filling = createFormPrompt(
        result,
        { requester, conversation, ...prefs },
        createTranslator(prefs.locale, prefs.timeZone),
        deps,
      );
      buttons = [];
      return filling.start();
    }
    return show(result);
  }

  return {
    /** The greeting, in the person's language. */
    async greeting(): Promise<string> {
      const prefs = await preferences();
      const t = createTranslator(prefs.locale, prefs.timeZone);
      const who = t.t('console:as_who', {
        user: settings.userId,
        platform: settings.platform,
        coordinator: settings.coordinator ? t.t('console:as_coordinator') : '',
        locale: prefs.locale,
        zone: prefs.timeZone,
      });
      return `${t.t('console:welcome')}\n${who}`;
    },

    async handle(input: string): Promise<string | undefined> {
      try {
        return await handleLine(input);
      } catch (error: unknown) {
        logger?.error(
          { err: error, line: input.slice(0, 200), filling: filling !== undefined },
          'console line failed',
        );
        // The stored language may be what failed to load: the given or the default one.
        const locale = settings.locale ?? settings.defaults.locale;
        const timeZone = settings.timeZone ?? settings.defaults.timeZone;
        return createTranslator(locale, timeZone).t('console:failed');
      }
    },

    /** Whether a form is being filled in (the next line answers its field). */
    get filling(): boolean {
      return filling !== undefined;
    },

    /** Input ended: a form still open is dropped unwritten, and the person is told so. */
    async interrupt(): Promise<string | undefined> {
      if (!filling) return undefined;
      filling = undefined;
      const prefs = await preferences();
      return createTranslator(prefs.locale, prefs.timeZone).t('console:cancelled');
    },

    async goodbye(): Promise<string> {
      const prefs = await preferences();
      return createTranslator(prefs.locale, prefs.timeZone).t('console:goodbye');
    },
  };
}

export type ConsoleSession = ReturnType<typeof createConsoleSession>;
