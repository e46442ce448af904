import { startProcess, stopOnSignals } from '@glokal/config/process';
import { redisOrExit } from '@glokal/worker';
import { startGlokal } from './start-glokal';

/** `npm start`: the worker and every bot whose credentials are set, in one process. Wiring only. */
const { config, logger } = startProcess('glokal');
await redisOrExit(config, logger);
const glokal = await startGlokal({ config, logger }).catch((error: unknown) => {
  logger.fatal({ err: error }, 'Glokal could not start');
  process.stderr.write(
    `\nGlokal could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
stopOnSignals(() => glokal.stop(), logger);
