import type { Logger } from '../logger';

/** Where signals come from: the process, or an `EventEmitter` in tests. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface StopOnSignalsOptions {
  signals?: readonly NodeJS.Signals[];
  source?: SignalSource;
  /**
   * Ends the process with a code. By default a clean stop (0) sets the exit code and gives
   * the event loop two seconds to drain before exiting; any other code exits at once.
   */
  exit?: (code: number) => void;
}

function exitProcess(code: number): void {
  if (code !== 0) process.exit(code);
  process.exitCode = 0;
  // Anything still holding the event loop open after a clean stop is not worth waiting for.
  setTimeout(() => process.exit(0), 2000).unref();
}

/**
 * Stops cleanly on SIGTERM or SIGINT (Docker, systemd, Ctrl+C): `stop` takes no new work,
 * lets running work finish and closes connections, then the process ends with 0 (1 when
 * stopping failed); a second signal exits at once with 1.
 */
export function stopOnSignals(
  stop: () => Promise<void>,
  logger: Pick<Logger, 'info' | 'warn' | 'error'>,
  options: StopOnSignalsOptions = {},
): void {
  const exit = options.exit ?? exitProcess;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      exit(1);
      return;
    }
    stopping = true;
    logger.info({ signal }, 'stopping');
    stop().then(
      () => exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'stopping failed');
        exit(1);
      },
    );
  };
  const source = options.source ?? process;
  for (const signal of options.signals ?? ['SIGTERM', 'SIGINT']) source.on(signal, onSignal);
}
