import { createLogger, loadConfig, loadDotEnv } from '@glokal/config';
import { systemClock } from '@glokal/domain';
import { openStore } from '@glokal/store';
import { startSlackApp } from './start-slack-app';

/** `npm run start:slack`: the Slack app alone, as production runs it. Wiring only. */
loadDotEnv();
const config = loadConfig();
const logger = createLogger({ level: config.logLevel, name: 'glokal-slack' });
if (!config.slack) {
  logger.error('The Slack app needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode).');
  process.exit(1);
}
const opened = await openStore({
  ...(config.database.url ? { databaseUrl: config.database.url } : { dataDir: config.database.dataDir }),
  clusterTimeZone: config.cluster.timeZone,
  logger,
});
const app = await startSlackApp({
  slack: config.slack,
  cluster: config.cluster,
  redis: config.redis,
  store: opened.store,
  clock: systemClock,
  logger,
});

const shutdown = async (signal: string) => {
  logger.info({ signal }, 'stopping');
  await app.stop();
  await opened.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
