import { requireConfigured, startProcess, stopOnSignals } from '@glokal/config/process';
import { systemClock } from '@glokal/domain';
import { openChatJobs } from '@glokal/queue';
import { openConfiguredStore } from '@glokal/store';
import { startSlackApp } from './start-slack-app';

/** `npm run start:slack`: the Slack app alone, as production runs it. Wiring only. */
const { config, logger } = startProcess('glokal-slack');
const slack = requireConfigured(
  config.slack,
  'The Slack app needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode).',
  logger,
);
const opened = await openConfiguredStore(config, { logger });
const jobs = openChatJobs(
  { url: config.redis.url, prefix: config.redis.queuePrefix },
  opened.store,
  { logger },
);
const app = await startSlackApp({
  slack,
  cluster: config.cluster,
  redis: config.redis,
  store: opened.store,
  clock: systemClock,
  logger,
  jobs,
});
stopOnSignals(async () => {
  await app.stop();
  await jobs.close();
  await opened.close();
}, logger);
