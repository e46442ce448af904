import { startProcess, stopOnSignals } from '@glokal/config/process';
import { openConfiguredStore } from '@glokal/store';
import { startOperationsServer } from './http/operations-server';
import { redisOrExit } from './process/startup';
import { startWorker } from './start-worker';

/** `npm run start:worker`: the worker alone, as production runs it (with Postgres). */
const { config, logger } = startProcess('glokal-worker');
await redisOrExit(config, logger);
if (!config.database.url) {
  logger.warn(
    'no DATABASE_URL: the worker uses embedded PGlite, which no other process can share; use Postgres when the apps run apart',
  );
}
const opened = await openConfiguredStore(config, { logger });
const worker = await startWorker({ config, store: opened.store, logger });
const http = await startOperationsServer({
  port: config.http.port,
  host: config.http.host,
  ...(config.http.token ? { token: config.http.token } : {}),
  logger,
  worker,
  redis: config.redis,
  store: opened,
});
stopOnSignals(async () => {
  await worker.stop();
  await http.close();
  await opened.close();
}, logger);
