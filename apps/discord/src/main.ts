import { createLogger, loadConfig, loadDotEnv } from '@glokal/config';
import { systemClock } from '@glokal/domain';
import { openStore } from '@glokal/store';
import { startDiscordBot } from './discord-bot';

/** `npm run start:discord`: the Discord bot alone, as production runs it. Wiring only. */
loadDotEnv();
const config = loadConfig();
const logger = createLogger({ level: config.logLevel, name: 'glokal-discord' });
if (!config.discord) {
  logger.error('The Discord bot needs DISCORD_TOKEN and DISCORD_APPLICATION_ID.');
  process.exit(1);
}
const opened = await openStore({
  ...(config.database.url ? { databaseUrl: config.database.url } : { dataDir: config.database.dataDir }),
  clusterTimeZone: config.cluster.timeZone,
  logger,
});
const bot = await startDiscordBot({
  discord: config.discord,
  cluster: config.cluster,
  redis: config.redis,
  store: opened.store,
  clock: systemClock,
  logger,
});

const shutdown = async (signal: string) => {
  logger.info({ signal }, 'stopping');
  await bot.stop();
  await opened.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
