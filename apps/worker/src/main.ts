import { startProcess, stopOnSignals } from '@glokal/config/process';
import { openRedisProbe } from '@glokal/queue';
import { openConfiguredStore } from '@glokal/store';
import { startHttpServer } from './http/http-server';
import { checkReadiness } from './http/readiness';
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
const redisProbe = openRedisProbe({ url: config.redis.url, prefix: config.redis.queuePrefix });
const http = await startHttpServer({
  port: config.http.port,
  logger,
  registry: worker.metrics.registry,
  queues: worker.queues,
  readiness: () =>
    checkReadiness({
      redis: async () => (await redisProbe.ping()) || 'Redis does not answer PING',
      database: async () => {
        await opened.query('select 1');
        return true;
      },
    }),
});
stopOnSignals(async () => {
  await worker.stop();
  await http.close();
  await redisProbe.close();
  await opened.close();
}, logger);
