import { once } from 'node:events';
import { Events, type Client, type Interaction } from 'discord.js';
import { catalogue as defaultCatalogue, noJobs, type ChatJobs, type Command } from '@glokal/chat';
import { composeDelivery } from '@glokal/chat/announcements';
import { ReplyCache, storedPeople } from '@glokal/chat/caching';
import { systemClock, type Clock, type ClusterStore } from '@glokal/domain';
import type { GlokalConfig, Logger } from '@glokal/config';
import { startDeliveryConsumer, type DeliveryConsumer } from '@glokal/queue/delivery';
import type { Shown } from './answer-interaction';
import type { BotDeps } from './bot-deps';
import { createClient } from './create-client';
import { onAutocomplete } from './on-autocomplete';
import { onButton } from './on-button';
import { onCommand } from './on-command';
import { onModalSubmit } from './on-modal-submit';
import { FormDrafts } from './form-drafts';
import { rootCommandName } from './command-definitions';
import { createDeliveryRest, deliverToDiscord, type ComposeDelivery } from './deliver-to-discord';
import { clusterGuilds, turnAwayOutsider, type ClusterGuilds } from './cluster-guilds';
import { startEventMirror, type EventMirror } from './scheduled-events/start-event-mirror';

export type DiscordSettings = NonNullable<GlokalConfig['discord']>;

export interface DiscordBotOptions {
  discord: DiscordSettings;
  /** `publicUrl`: calendar feed links in replies (`PUBLIC_URL`). */
  cluster: Pick<GlokalConfig['cluster'], 'timeZone' | 'publicUrl'> &
    Partial<Pick<GlokalConfig['cluster'], 'defaultLocale'>>;
  store: ClusterStore;
  logger: Logger;
  clock?: Clock;
  /** When given, the bot also consumes the Discord delivery queue (announcements, reminders). */
  redis?: GlokalConfig['redis'];
  /** Builds an announcement's reply; the catalogue's `composeDelivery` unless a test says otherwise. */
  composeDelivery?: ComposeDelivery;
  /** Tests: acknowledge sooner than the default 1.5 s when an answer is slow. */
  deferAfterMs?: number;
  /** Tests: give up on autocomplete sooner than the default 2.5 s. */
  autocompleteWithinMs?: number;
  catalogue?: readonly Command[];
  /** Wakes the worker after a write from chat; without it the worker's own relay picks writes up. */
  jobs?: ChatJobs;
  /** Tests: how long to wait for the gateway's READY and guilds (default 30 s). */
  readyTimeoutMs?: number;
  /** Tests: how often every upcoming event is mirrored to the Events tabs again (default 10 min). */
  eventsTabEveryMs?: number;
  /**
   * The longest a person's stored row and an impersonal reply (of a command whose definition
   * says `cacheable`) are reused; default 60 s, 0 turns both caches off. Either is dropped
   * sooner by the next write to the store (its change version), and a reply by the next
   * minute boundary too.
   */
  cacheTtlMs?: number;
}

export interface DiscordBot {
  /** The logged-in client (tests, diagnostics). */
  readonly client: Client;
  /** Stops consuming deliveries, then closes the gateway connection. */
  stop(): Promise<void>;
}

/** The one door every interaction comes through: outside the cluster's servers, it stops here. */
function route(interaction: Interaction, deps: BotDeps, guilds: ClusterGuilds): Promise<void> {
  if (!guilds.has(interaction.guildId)) return turnAwayOutsider(interaction, deps.logger);
  if (interaction.isChatInputCommand() && interaction.commandName === rootCommandName)
    return onCommand(interaction, deps);
  if (interaction.isAutocomplete() && interaction.commandName === rootCommandName)
    return onAutocomplete(interaction, deps);
  if (interaction.isButton()) return onButton(interaction, deps);
  if (interaction.isModalSubmit()) return onModalSubmit(interaction, deps);
  deps.logger.debug(
    { type: interaction.type, interaction: interaction.id },
    'interaction not for Glokal',
  );
  return Promise.resolve();
}

function watch(client: Client, logger: Logger, stopping: () => boolean): void {
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'Discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ shard, code: event.code }, 'gateway closed for good'),
  );
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping()) logger.info({ shard }, 'gateway reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, 'gateway resumed'),
  );
  client.on(Events.ShardError, (error, shard) =>
    logger.warn({ shard, err: error }, 'gateway connection error'),
  );
}

/**
 * Starts the Discord bot: logs in once (discord.js then reconnects and resumes on its own),
 * answers `/glokal` commands, buttons, forms (modals) and autocomplete from the catalogue, and, given Redis,
 * posts the Discord deliveries; all of it only in the cluster's servers (`guildIds`). Commands are registered separately (`npm run discord:register`).
 */
export async function startDiscordBot(options: DiscordBotOptions): Promise<DiscordBot> {
  const logger = options.logger.child({ app: 'discord' });
  const clock = options.clock ?? systemClock;
  const cacheTtlMs = options.cacheTtlMs ?? 60_000;
  const deps: BotDeps = {
    chat: {
      store: options.store,
      clock,
      clusterTimeZone: options.cluster.timeZone,
      jobs: options.jobs ?? noJobs,
      ...(options.cluster.publicUrl ? { publicUrl: options.cluster.publicUrl } : {}),
    },
    catalogue: options.catalogue ?? defaultCatalogue,
    requesterSettings: {
      clusterTimeZone: options.cluster.timeZone,
      ...(options.discord.coordinatorRole
        ? { coordinatorRole: options.discord.coordinatorRole }
        : {}),
    },
    stored: storedPeople('discord', options.store, clock, cacheTtlMs),
    ...(cacheTtlMs > 0 ? { changes: options.store.changes } : {}),
    replies: new ReplyCache<Shown>(clock, cacheTtlMs),
    deferAfterMs: options.deferAfterMs ?? 1_500,
    autocompleteWithinMs: options.autocompleteWithinMs ?? 2_500,
    logger,
    drafts: new FormDrafts(),
  };
  const guilds = clusterGuilds(options.discord.guildIds);
  const client = createClient(options.discord.apiUrl);
  let stopping = false;
  watch(client, logger, () => stopping);
  client.on(Events.InteractionCreate, (interaction) => {
    route(interaction, deps, guilds).catch((error: unknown) =>
      logger.error({ err: error }, 'interaction failed'),
    );
  });
  const ready = once(client, Events.ClientReady, {
    signal: AbortSignal.timeout(options.readyTimeoutMs ?? 30_000),
  });
  // Marked handled now: if login fails, nobody waits for `ready`, and its timeout must not crash the process.
  ready.catch(() => undefined);
  await client.login(options.discord.token);
  await ready;
  if (client.application?.id && client.application.id !== options.discord.applicationId) {
    logger.warn(
      { configured: options.discord.applicationId, actual: client.application.id },
      'DISCORD_APPLICATION_ID is not this bot',
    );
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'Discord bot ready');
  const strangers = [...client.guilds.cache.keys()].filter((id) => !guilds.has(id));
  if (strangers.length > 0) {
    logger.warn(
      { guilds: strangers },
      'the bot is also in servers that are not the cluster’s (DISCORD_GUILD_ID): it answers nothing there',
    );
  }

  let consumer: DeliveryConsumer | undefined;
  let eventMirror: EventMirror | undefined;
  const compose = options.composeDelivery ?? composeDelivery;
  if (options.redis) {
    const rest = createDeliveryRest(options.discord);
    consumer = startDeliveryConsumer({
      platform: 'discord',
      redis: { url: options.redis.url, prefix: options.redis.queuePrefix },
      deliveries: options.store.deliveries,
      deliver: deliverToDiscord({
        rest,
        compose: (message, locale) => compose(message, locale, deps.chat),
        clusterTimeZone: deps.chat.clusterTimeZone,
        guilds,
        guildOfChannel: (channelId) => {
          const channel = client.channels.cache.get(channelId);
          return channel && 'guildId' in channel ? channel.guildId : undefined;
        },
        logger,
        clock: deps.chat.clock,
      }),
      logger,
    });
    eventMirror = startEventMirror({
      redis: { url: options.redis.url, prefix: options.redis.queuePrefix },
      rest,
      guilds,
      store: options.store,
      clock: deps.chat.clock,
      clusterTimeZone: deps.chat.clusterTimeZone,
      locale: options.cluster.defaultLocale ?? 'pl',
      logger,
      ...(options.eventsTabEveryMs === undefined
        ? {}
        : { reconcileEveryMs: options.eventsTabEveryMs }),
    });
  }
  return {
    client,
    async stop() {
      stopping = true;
      await consumer?.close();
      await eventMirror?.close();
      await client.destroy();
      logger.info('Discord bot stopped');
    },
  };
}
