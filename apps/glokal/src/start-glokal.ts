import type { GlokalConfig, Logger } from '@glokal/config';
import { systemClock, type Clock } from '@glokal/domain';
import { openChatJobs } from '@glokal/queue';
import { openConfiguredStore, type OpenedStore } from '@glokal/store';
import type { DiscordBot } from '@glokal/discord';
import type { SlackApp } from '@glokal/slack';
import {
  startOperationsServer,
  startWorker,
  type RunningHttpServer,
  type RunningWorker,
  type StartWorkerOptions,
} from '@glokal/worker';

/* Each chat SDK is loaded only when its app is configured. */
const loadSlack = () => import('@glokal/slack');
const loadDiscord = () => import('@glokal/discord');

export interface StartGlokalOptions {
  config: GlokalConfig;
  logger: Logger;
  clock?: Clock;
  /** Tests: the worker's Google sources and tuning. */
  worker?: Partial<
    Pick<StartWorkerOptions, 'sources' | 'googleTuning' | 'tuning' | 'defaultMetrics'>
  >;
  /** Tests: where the operations port listens. */
  http?: { port?: number; host?: string };
  /** Tests: a store already open (then the caller closes it); otherwise opened from the configuration. */
  store?: OpenedStore;
}

export interface RunningGlokal {
  httpPort: number;
  parts: { worker: RunningWorker; slack?: SlackApp; discord?: DiscordBot };
  /** Stops the chat apps (no new commands, no new deliveries), then the worker, then closes everything. */
  stop(): Promise<void>;
}

/**
 * Everything on one machine: the store (Postgres at DATABASE_URL, or embedded PGlite under
 * DATA_DIR, migrated), the worker, the Slack app and the Discord bot when their credentials
 * are set, and the operations port (health, readiness, metrics, queue dashboard).
 */
export async function startGlokal(options: StartGlokalOptions): Promise<RunningGlokal> {
  const { config, logger } = options;
  const clock = options.clock ?? systemClock;
  const opened: OpenedStore =
    options.store ?? (await openConfiguredStore(config, { clock, logger }));
  const closeStore = () => (options.store ? Promise.resolve() : opened.close());
  const started: { stop(): Promise<void> }[] = [];
  try {
    const worker = await startWorker({
      config,
      store: opened.store,
      logger,
      clock,
      ...options.worker,
    });
    started.push({ stop: () => worker.stop() });
    // The chat apps relay their writes' outbox messages at once (bounded; the worker's relay
    // catches up whatever they could not move).
    const jobs = openChatJobs(
      { url: config.redis.url, prefix: config.redis.queuePrefix },
      opened.store,
      { logger, clock },
    );
    started.push({ stop: () => jobs.close() });
    const chat = {
      cluster: config.cluster,
      redis: config.redis,
      store: opened.store,
      clock,
      logger,
      jobs,
    };
    const slack = config.slack
      ? await (await loadSlack()).startSlackApp({ slack: config.slack, ...chat })
      : undefined;
    if (slack) started.push(slack);
    const discord = config.discord
      ? await (await loadDiscord()).startDiscordBot({ discord: config.discord, ...chat })
      : undefined;
    if (discord) started.push(discord);
    const http: RunningHttpServer = await startOperationsServer({
      port: options.http?.port ?? config.http.port,
      host: options.http?.host ?? config.http.host,
      ...(config.http.token ? { token: config.http.token } : {}),
      logger,
      worker,
      redis: config.redis,
      store: opened,
    });
    logger.info(
      {
        store: opened.kind,
        calendarSync: Boolean(config.google.calendarId),
        driveSync: Boolean(config.google.driveId ?? config.google.driveFolderId),
        slack: Boolean(slack),
        discord: Boolean(discord),
        httpPort: http.port,
      },
      'Glokal is running',
    );
    if (!slack && !discord) {
      logger.info(
        'no chat app started: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, or DISCORD_TOKEN and DISCORD_APPLICATION_ID',
      );
    }
    return {
      httpPort: http.port,
      parts: { worker, ...(slack ? { slack } : {}), ...(discord ? { discord } : {}) },
      async stop() {
        // Chat apps first (they stop taking commands and deliveries), the worker last but one.
        for (const part of [...started].reverse()) await part.stop();
        await http.close();
        await closeStore();
      },
    };
  } catch (error) {
    for (const part of started.reverse()) await part.stop().catch(() => undefined);
    await closeStore();
    throw error;
  }
}
