import { requireConfigured, startProcess, stopOnSignals } from '@glokal/config/process';
import { systemClock } from '@glokal/domain';
import { openChatJobs } from '@glokal/queue';
import { openConfiguredStore } from '@glokal/store';
import { startDiscordBot } from './discord-bot';

/** `npm run start:discord`: the Discord bot alone, as production runs it. Wiring only. */
const { config, logger } = startProcess('glokal-discord');
const discord = requireConfigured(
  config.discord,
  'The Discord bot needs DISCORD_TOKEN and DISCORD_APPLICATION_ID.',
  logger,
);
const opened = await openConfiguredStore(config, { logger });
const jobs = openChatJobs(
  { url: config.redis.url, prefix: config.redis.queuePrefix },
  opened.store,
  { logger },
);
const bot = await startDiscordBot({
  discord,
  cluster: config.cluster,
  redis: config.redis,
  store: opened.store,
  clock: systemClock,
  logger,
  jobs,
});
stopOnSignals(async () => {
  await bot.stop();
  await jobs.close();
  await opened.close();
}, logger);
