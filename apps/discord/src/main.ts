import { requireConfigured, startProcess, stopOnSignals } from '@glokal/config/process';
import { systemClock } from '@glokal/domain';
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
const bot = await startDiscordBot({
  discord,
  cluster: config.cluster,
  redis: config.redis,
  store: opened.store,
  clock: systemClock,
  logger,
});
stopOnSignals(async () => {
  await bot.stop();
  await opened.close();
}, logger);
