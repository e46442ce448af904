import { App, HTTPReceiver } from '@slack/bolt';
import { WebClient, type WebClientOptions } from '@slack/web-api';
import { noJobs, type ChatDeps, type ChatJobs } from '@glokal/chat';
import { composeDelivery } from '@glokal/chat/announcements';
import type { GlokalConfig, Logger } from '@glokal/config';
import type { Clock, ClusterStore } from '@glokal/domain';
import { startDeliveryConsumer, type DeliveryConsumer } from '@glokal/queue/delivery';
import { boltLogger } from './bolt-logger';
import { deliverToSlack } from './deliver/deliver-to-slack';
import { slackPace } from './deliver/slack-pace';
import { homePublisher, registerAppHome } from './handlers/app-home';
import { registerButtons } from './handlers/button-press';
import { registerFormSubmissions } from './handlers/form-submission';
import { registerSlashCommand } from './handlers/slash-command';
import type { SlackContext } from './handlers/slack-context';
import { SLACK_EVENTS_PATH } from './manifest/slack-manifest';
import { profileEmails } from './viewer/profile-email';
import { slackPeople } from './viewer/slack-people';
import { ReplyCache, storedPeople } from '@glokal/chat/caching';
import type { SlackAnswer } from './handlers/run-chat';
import { clusterTeamId, onlyClusterWorkspace } from './handlers/cluster-workspace';
import { MAX_SLACK_BODY_BYTES, guardSlackRequests } from './requests/request-guard';
import { seenAcrossInstances, seenInThisProcess } from './requests/seen-requests';
import { openFirstSightings } from '@glokal/queue/lock';

export type SlackSettings = NonNullable<GlokalConfig['slack']>;

export interface StartSlackAppOptions {
  slack: SlackSettings;
  cluster: GlokalConfig['cluster'];
  store: ClusterStore;
  clock: Clock;
  logger: Logger;
  /** The delivery queue's Redis; without it this process posts no deliveries. */
  redis?: GlokalConfig['redis'];
  /** Builds an announcement's reply; the catalogue's `composeDelivery` unless given. */
  composeDelivery?: typeof composeDelivery;
  /** Overrides `slack.port` (0: any free port, for tests and benchmarks). */
  port?: number;
  /** Where the HTTP receiver listens; all interfaces unless given. */
  host?: string;
  /** Replies slower than this are acknowledged with "working on it"; default 2000 ms. */
  ackDeadlineMs?: number;
  /** How long a command waits for `users.info`; default 1500 ms. */
  userLookupTimeoutMs?: number;
  /**
   * The longest a person's stored row and an impersonal reply (of a command whose definition
   * says `cacheable`) are reused; default 60 s, 0 turns both caches off. Either is dropped
   * sooner by the next write to the store (its change version), and a reply by the next
   * minute boundary too.
   */
  cacheTtlMs?: number;
  /** Wakes the worker after a write from chat; without it the worker's own relay picks writes up. */
  jobs?: ChatJobs;
}

export interface SlackApp {
  /** The HTTP receiver's port (absent in Socket Mode). */
  port?: number;
  stop(): Promise<void>;
}

function apiClientOptions(settings: SlackSettings, logger: Logger): WebClientOptions {
  return {
    ...(settings.apiUrl
      ? { slackApiUrl: settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/` }
      : {}),
    logger: boltLogger(logger),
    // Interactive paths cannot wait out a rate limit or a slow retry: fail fast, fall back.
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: 5000,
  };
}

/**
 * The Slack app: Bolt over HTTP at `POST /slack/events` (signatures checked) or Socket Mode
 * when an app token is set; `/glokal`, its buttons and the Home tab; and, given Redis, the
 * consumer of Slack deliveries. `auth.test` runs first, so a wrong token stops it at once.
 * It serves one workspace, the cluster's (`teamId`, else the token's): others get a notice.
 */
export async function startSlackApp(options: StartSlackAppOptions): Promise<SlackApp> {
  const { slack: settings, store, clock } = options;
  const logger = options.logger.child({ part: 'slack' });
  const clientOptions = apiClientOptions(settings, logger);
  const transport = settings.appToken
    ? {
        socketMode: true,
        appToken: settings.appToken,
        // `apps.connections.open` goes through this client: SLACK_API_URL applies to it too.
        installerOptions: {
          clientOptions: {
            ...(clientOptions.slackApiUrl ? { slackApiUrl: clientOptions.slackApiUrl } : {}),
          },
        },
      }
    : {
        receiver: new HTTPReceiver({
          signingSecret: settings.signingSecret,
          endpoints: SLACK_EVENTS_PATH,
          bodyLimit: MAX_SLACK_BODY_BYTES,
          logger: boltLogger(logger),
          customRoutes: [
            {
              path: '/healthz',
              method: ['GET'],
              handler: (_request, response) => void response.end('ok'),
            },
          ],
        }),
      };
  const receiver = 'receiver' in transport ? transport.receiver : undefined;
  // Replays are remembered in Redis when there is one, so every instance refuses them.
  const sightings =
    receiver && options.redis
      ? openFirstSightings({ url: options.redis.url, prefix: options.redis.queuePrefix })
      : undefined;
  if (receiver) {
    receiver.requestListener = guardSlackRequests(receiver.requestListener, {
      seen: sightings ? seenAcrossInstances(sightings, logger) : seenInThisProcess(),
      logger,
      open: [{ method: 'GET', path: '/healthz' }],
    });
  }
  const app = new App({
    token: settings.botToken,
    logger: boltLogger(logger),
    clientOptions,
    convoStore: false,
    deferInitialization: true,
    ...transport,
  });
  await app.init();
  const teamId = await clusterTeamId(app, settings.teamId);
  // First, before any listener: requests from another workspace stop here.
  app.use(onlyClusterWorkspace({ teamId, defaultLocale: options.cluster.defaultLocale, logger }));

  const chat: ChatDeps = {
    store,
    clock,
    clusterTimeZone: options.cluster.timeZone,
    jobs: options.jobs ?? noJobs,
    ...(options.cluster.publicUrl ? { publicUrl: options.cluster.publicUrl } : {}),
  };
  const cacheTtlMs = options.cacheTtlMs ?? 60_000;
  const viewer = {
    stored: storedPeople('slack', store, clock, cacheTtlMs),
    ...(cacheTtlMs > 0 ? { changes: store.changes } : {}),
    people: slackPeople({
      client: app.client,
      clock,
      logger,
      timeoutMs: options.userLookupTimeoutMs ?? 1500,
    }),
    cluster: options.cluster,
    coordinators: settings.coordinators,
    emails: profileEmails(store, logger),
  };
  const publishHome = homePublisher({ client: app.client, store, clock, viewer, logger });
  const context: SlackContext = {
    chat,
    viewer,
    replies: new ReplyCache<SlackAnswer>(clock, cacheTtlMs),
    logger,
    ackDeadlineMs: options.ackDeadlineMs ?? 2000,
    publishHome,
  };
  registerSlashCommand(app, context);
  registerButtons(app, context);
  registerFormSubmissions(app, context);
  registerAppHome(app, publishHome);
  app.error(
    async (error) => void logger.error({ err: error }, 'unhandled error in a Slack listener'),
  );

  let port: number | undefined;
  if (receiver) {
    const server = await receiver.start({
      port: options.port ?? settings.port,
      ...(options.host ? { host: options.host } : {}),
    });
    const address = server.address();
    port = typeof address === 'object' && address !== null ? address.port : undefined;
  } else {
    await app.start();
  }
  logger.info({ mode: receiver ? 'http' : 'socket', port, team: teamId }, 'Slack app started');

  let consumer: DeliveryConsumer | undefined;
  if (options.redis) {
    // Its own client: a retry inside the SDK could post a message twice, so it never retries
    // (whatever the interactive client does) and hands a 429 to the queue, which waits it out.
    const deliveryClient = new WebClient(settings.botToken, {
      ...clientOptions,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      timeout: 15_000,
    });
    consumer = startDeliveryConsumer({
      platform: 'slack',
      redis: { url: options.redis.url, prefix: options.redis.queuePrefix },
      deliveries: store.deliveries,
      deliver: deliverToSlack({
        client: deliveryClient,
        clusterTimeZone: options.cluster.timeZone,
        teamId,
        logger,
        compose: (message, locale) =>
          (options.composeDelivery ?? composeDelivery)(message, locale, chat),
      }),
      pace: slackPace,
      logger,
    });
  }

  return {
    ...(port === undefined ? {} : { port }),
    async stop() {
      await consumer?.close();
      await app.stop();
      await sightings?.close();
      logger.info('Slack app stopped');
    },
  };
}
