import type { Logger } from '@glokal/config';

/**
 * Stops cleanly on SIGTERM or SIGINT (Docker, systemd, Ctrl+C): `stop` takes no new jobs,
 * lets running ones finish and closes connections; a second signal exits at once.
 */
export function stopOnSignals(
  stop: () => Promise<void>,
  logger: Logger,
  signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'],
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping');
    stop().then(
      () => {
        process.exitCode = 0;
        // Anything still holding the event loop open after a clean stop is not worth waiting for.
        setTimeout(() => process.exit(0), 2000).unref();
      },
      (error: unknown) => {
        logger.error({ err: error }, 'stopping failed');
        process.exit(1);
      },
    );
  };
  for (const signal of signals) process.on(signal, onSignal);
}
