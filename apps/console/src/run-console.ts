import type { Readable, Writable } from 'node:stream';
import {
  createTranslator,
  fixedClock,
  systemClock,
  type Clock,
  type ClusterStore,
  type Translator,
} from '@glokal/domain';
import { createLogger } from '@glokal/config';
import { CONFIG_EXIT_CODE, readConfig } from '@glokal/config/process';
import { noJobs } from '@glokal/chat';
import { openConfiguredStore } from '@glokal/store';
import { parseConsoleOptions } from './console-options';
import { createConsoleSession } from './console-session';
import { readLines } from './read-lines';

export interface ConsoleIo {
  input: Readable & { isTTY?: boolean };
  output: Writable;
  errors: Writable;
}

/** Fills an empty embedded store with the demo season. */
export type DemoLoader = (
  store: ClusterStore,
  clock: Clock,
  clusterTimeZone: string,
) => Promise<unknown>;

const FAR_PAST = new Date('2000-01-01T00:00:00Z');
const FAR_FUTURE = new Date('2100-01-01T00:00:00Z');

/** "24 wydarzenia, 8 naborów, 30 dokumentów, 12 organizacji": what the store now holds. */
async function contents(store: ClusterStore, t: Translator, now: Date): Promise<string> {
  const one = { limit: 1, offset: 0 };
  const [events, grants, documents, organisations] = await Promise.all([
    store.events.between({ from: FAR_PAST, to: FAR_FUTURE }, one),
    store.grants.open({ deadlineFrom: now }, one),
    store.documents.search('', one),
    store.organisations.search({}, one),
  ]);
  return [
    t.t('events:count', { count: events.total }),
    t.t('grants:count', { count: grants.total }),
    t.t('docs:count', { count: documents.total }),
    t.t('directory:count', { count: organisations.total }),
  ].join(', ');
}

/**
 * The console: reads options and configuration, opens the store (embedded PGlite under
 * DATA_DIR unless DATABASE_URL is set), loads the demo season into an empty embedded store
 * and says so, then answers lines until the input ends. Returns the process exit code.
 */
export async function runConsole(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: ConsoleIo,
  loadDemo: DemoLoader,
): Promise<number> {
  const parsed = parseConsoleOptions(argv);
  const reading = readConfig(env);
  if (!reading.ok) {
    io.errors.write(`${reading.message}\n`);
    return CONFIG_EXIT_CODE;
  }
  const config = reading.config;
  const defaults = { locale: config.cluster.defaultLocale, timeZone: config.cluster.timeZone };
  if (!parsed.ok) {
    io.errors.write(
      `${createTranslator(defaults.locale, defaults.timeZone).t('console:bad_option', { problem: parsed.problem })}\n`,
    );
    io.errors.write(
      'npm run console -- [--platform slack|discord] [--locale pl|en] [--user ID] [--coordinator] [--tz ZONE] [--now ISO]\n',
    );
    return 2;
  }
  const options = parsed.options;
  const clock = options.now ? fixedClock(options.now) : systemClock;
  const opened = await openConfiguredStore(config, { clock });
  try {
    const t = createTranslator(options.locale ?? defaults.locale, options.tz ?? defaults.timeZone);
    if (await opened.isEmpty()) {
      if (config.database.url) {
        io.output.write(`${t.t('console:empty_database')}\n\n`);
      } else {
        await loadDemo(opened.store, clock, config.cluster.timeZone);
        io.output.write(
          `${t.t('console:demo_loaded', { what: await contents(opened.store, t, clock.now()) })}\n\n`,
        );
      }
    }
    const session = createConsoleSession(
      {
        platform: options.platform,
        userId: options.user,
        coordinator: options.coordinator,
        ...(options.locale ? { locale: options.locale } : {}),
        ...(options.tz ? { timeZone: options.tz } : {}),
        defaults,
      },
      {
        store: opened.store,
        clock,
        clusterTimeZone: config.cluster.timeZone,
        jobs: noJobs,
        ...(config.cluster.publicUrl ? { publicUrl: config.cluster.publicUrl } : {}),
      },
      // JSON on stderr, so what went wrong is kept apart from the conversation on stdout.
      createLogger({ level: config.logLevel, name: 'console' }, io.errors),
    );
    io.output.write(`${await session.greeting()}\n\n`);
    await readLines(io.input, io.output, (line) => session.handle(line), {
      keepEmpty: () => session.filling,
    });
    const interrupted = await session.interrupt();
    if (interrupted) io.output.write(`${interrupted}\n\n`);
    if (io.input.isTTY) io.output.write(`${await session.goodbye()}\n`);
    return 0;
  } finally {
    await opened.close();
  }
}
