import { randomUUID } from 'node:crypto';
import { createLogger, loadConfig } from '@glokal/config';
import {
  beforeDeadline,
  GrantCall,
  planReminders,
  type Clock,
  type ClusterStore,
  type ReminderTarget,
} from '@glokal/domain';
import {
  openProducer,
  queues,
  removePrefixedKeys,
  scheduleReminders,
  type Queue,
} from '@glokal/queue';
// A benchmark drives the apps end to end, as `npm start` does; Nx forbids importing apps from libraries otherwise.
import { startSlackApp } from '@glokal/slack';
import { startDiscordBot } from '@glokal/discord';
import { startWorker, toReminderJob } from '@glokal/worker';
import { openBenchStore } from './bench-store';
import {
  burstFloor,
  discordArrivals,
  discordChannelId,
  slackArrivals,
  slackChannelId,
  startBurstFakes,
  type BurstFakes,
  type Floor,
} from './testing/reminder-fakes';
import { tallyMessages, type Tally } from './reminder-tally';

const ZONE = 'Europe/Warsaw';
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
/** Every call closes at this local time; its 3-hour reminder (of the default offsets) is T. */
const DEADLINE = { local: '2027-03-01T12:00', timeZone: 'Europe/Brussels' };
const OFFSET = { unit: 'hours', amount: 3 } as const;
/** Where the worker's reminder check writes when it ran (its source in the store's sync state). */
const REMINDER_CHECK_SOURCE = 'reminders';
const logger = createLogger({ level: 'silent' });

export interface BurstSettings {
  /** Reminders per channel: one grant call each, every channel subscribed to all. */
  perChannel: number;
  slackChannels: number;
  discordChannels: number;
  /** From scheduling to T, ms: the worker and the reminders are in place before it. */
  leadMs: number;
  report: (line: string) => void;
}

export interface BurstResult {
  storeKind: string;
  reminders: number;
  slack: Tally;
  discord: Tally;
  /** T in real ms: all the reminders were due then. */
  dueAt: number;
  /** How long before T the reminders were all scheduled (negative: after T). */
  scheduledBeforeDueMs: number;
  /** How long `scheduleReminders` took for them all. */
  schedulingMs: number;
  /** False when the run gave up waiting for every key and empty queues. */
  settled: boolean;
  /** Each reminder's delivery claimed by the worker (its job done), ms after T. */
  claimLateness: number[];
  /** Calls to the platform begun per delivery, as the store counts them (`markSending`). */
  triesPerDelivery: number;
  slack429: number;
  discord429: { global: number; route: number };
  floor: Floor;
}

/**
 * A clock `shiftMs` ahead of real time, the shift settable: the deadlines are fixed, and T
 * (a whole minute of theirs) is moved to a few seconds from now just before it matters.
 */
function shiftedClock(): Clock & { shiftMs: number } {
  const clock = { shiftMs: 0, now: () => new Date(Date.now() + clock.shiftMs) };
  return clock;
}

function grantCalls(count: number): GrantCall[] {
  return Array.from({ length: count }, (_, index) =>
    GrantCall.parse({
      id: `burst-${String(index).padStart(4, '0')}`,
      programme: 'Erasmus+',
      title: `Partnerstwa współpracy ${index + 1}`,
      deadline: DEADLINE,
    }),
  );
}

async function subscribeChannels(store: ClusterStore, settings: BurstSettings, teams: Teams) {
  for (let index = 0; index < settings.slackChannels; index += 1)
    await store.subscriptions.subscribe(
      {
        platform: 'slack',
        workspaceId: teams.slack,
        channelId: slackChannelId(index),
        locale: index % 2 === 0 ? 'pl' : 'en',
      },
      ['grants'],
    );
  for (let index = 0; index < settings.discordChannels; index += 1)
    await store.subscriptions.subscribe(
      {
        platform: 'discord',
        workspaceId: teams.discord,
        channelId: discordChannelId(index),
        locale: index % 2 === 0 ? 'pl' : 'en',
      },
      ['grants'],
    );
}

interface Teams {
  slack: string;
  discord: string;
}

/** Each call's plan for every channel as it stands just before T: its 3-hour reminder, due at T. */
function plannedAtDue(calls: readonly GrantCall[], targets: ReminderTarget[], due: Date) {
  return calls.flatMap((call) =>
    planReminders(call, targets, { now: new Date(due.getTime() - 1) })
      .filter(
        (reminder) =>
          reminder.offset.unit === OFFSET.unit && reminder.offset.amount === OFFSET.amount,
      )
      .map(toReminderJob),
  );
}

async function drained(queuesToWatch: readonly Queue[]): Promise<boolean> {
  for (const queue of queuesToWatch) {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if (Object.values(counts).some((count) => count > 0)) return false;
  }
  return true;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The burst: `perChannel` grant calls, every Slack and Discord channel subscribed to grants,
 * and for each call and channel its 3-hour reminder, all due at one instant T. They go the
 * real way: grant-reminder jobs on the queue, the worker (re-checking each in the store,
 * claiming and queueing its delivery), the Slack app's and the Discord bot's delivery
 * consumers, to fakes that enforce the platforms' limits. Waits until every key reached a
 * fake and the queues are empty (or a generous deadline passes), then counts at the fakes.
 */
export async function runReminderBurst(
  settings: BurstSettings,
  redis = { url: REDIS_URL, prefix: `bench-${randomUUID()}` },
): Promise<BurstResult> {
  const clock = shiftedClock();
  const dueVirtual = beforeDeadline(DEADLINE, OFFSET);
  // T, for now, a minute away: the worker's reminder checks see no gap when T is placed later.
  clock.shiftMs = dueVirtual.getTime() - 60_000 - Date.now();
  const opened = await openBenchStore('reminders', settings.report, {
    clock,
    clusterTimeZone: ZONE,
  });
  const { store } = opened;
  const fakes: BurstFakes = await startBurstFakes({
    clock,
    discordChannels: settings.discordChannels,
  });
  const config = loadConfig({ REDIS_URL: redis.url, QUEUE_PREFIX: redis.prefix });
  const stops: Array<() => Promise<unknown>> = [];
  try {
    const teams = { slack: fakes.slack.world.team.id, discord: fakes.discord.guildId };

    const slack = await startSlackApp({
      slack: {
        botToken: 'xoxb-test-token',
        signingSecret: 'bench-signing-secret',
        port: 0,
        apiUrl: fakes.slack.apiUrl,
        coordinators: [],
      },
      cluster: config.cluster,
      store,
      clock,
      logger,
      redis: config.redis,
      port: 0,
      host: '127.0.0.1',
    });
    stops.push(() => slack.stop());
    const discord = await startDiscordBot({
      discord: {
        token: fakes.discord.token,
        applicationId: fakes.discord.applicationId,
        guildIds: [teams.discord],
        apiUrl: fakes.discord.apiUrl,
      },
      cluster: config.cluster,
      store,
      clock,
      logger,
      redis: config.redis,
    });
    stops.push(() => discord.stop());

    // The worker starts; once its first reminder check has run (it re-plans every open call,
    // none yet), the calls and channels are made and planned, T is placed `leadMs` from now
    // and the reminders are scheduled, so that scheduling them is this benchmark's alone.
    const worker = await startWorker({
      config,
      store,
      logger,
      clock,
      sources: {},
      schedules: false,
      defaultMetrics: false,
    });
    stops.push(() => worker.stop({ graceMs: 5000 }));
    const checkBy = Date.now() + 60_000;
    while (!(await store.syncState.get(REMINDER_CHECK_SOURCE))?.lastSuccessAt) {
      if (Date.now() > checkBy) throw new Error("the worker's first reminder check did not run");
      await sleep(50);
    }
    const calls = grantCalls(settings.perChannel);
    await store.grants.upsert(calls);
    await subscribeChannels(store, settings, teams);
    const reminders = openProducer(queues.grantReminders, redis);
    const slackDeliveries = openProducer(queues.deliverSlack, redis);
    const discordDeliveries = openProducer(queues.deliverDiscord, redis);
    const producers = [reminders, slackDeliveries, discordDeliveries];
    stops.push(() => Promise.all(producers.map((producer) => producer.close())));
    const watched = producers.map((producer) => producer.queue);
    const targets = (await store.subscriptions.forTopic('grants')).map(
      (channel): ReminderTarget => ({
        kind: 'channel',
        platform: channel.platform,
        workspaceId: channel.workspaceId,
        channelId: channel.channelId,
        locale: channel.locale,
      }),
    );
    const jobs = plannedAtDue(calls, targets, dueVirtual);
    const dueAt = Date.now() + settings.leadMs;
    clock.shiftMs = dueVirtual.getTime() - dueAt;
    const scheduling = Date.now();
    await scheduleReminders(reminders.queue, jobs, clock.now());
    const scheduledBeforeDueMs = dueAt - Date.now();
    const schedulingMs = Date.now() - scheduling;

    const expected = (platform: 'slack' | 'discord') =>
      jobs.filter((job) => job.target.kind === 'channel' && job.target.platform === platform);
    const slackKeys = expected('slack').map((job) => job.key);
    const discordKeys = expected('discord').map((job) => job.key);
    const discordChannels = Array.from({ length: settings.discordChannels }, (_, index) =>
      discordChannelId(index),
    );
    const floor = burstFloor(settings);
    const giveUpAt = dueAt + 3 * Math.max(floor.slackMs, floor.discordMs) + 120_000;
    let settled = false;
    while (Date.now() < giveUpAt) {
      await sleep(250);
      // Cheap counts first; the fakes are read in full only once enough has arrived.
      const arrived = fakes.slack.world.messages.length + fakes.discord.state.messages.size;
      if (arrived < jobs.length) continue;
      const all =
        tallyMessages(slackKeys, slackArrivals(fakes.slack, clock.shiftMs)).lost.length === 0 &&
        tallyMessages(discordKeys, discordArrivals(fakes.discord, discordChannels, discordKeys))
          .lost.length === 0;
      if (all && (await drained(watched))) {
        settled = true;
        break;
      }
    }

    const deliveries = await Promise.all(jobs.map((job) => store.deliveries.byKey(job.key)));
    const claimLateness = deliveries.flatMap((delivery) =>
      delivery ? [delivery.createdAt.getTime() - clock.shiftMs - dueAt] : [],
    );
    const tries = deliveries.reduce((sum, delivery) => sum + (delivery?.attempts ?? 0), 0);
    return {
      storeKind: opened.kind,
      reminders: jobs.length,
      slack: tallyMessages(slackKeys, slackArrivals(fakes.slack, clock.shiftMs)),
      discord: tallyMessages(
        discordKeys,
        discordArrivals(fakes.discord, discordChannels, discordKeys),
      ),
      dueAt,
      scheduledBeforeDueMs,
      schedulingMs,
      settled,
      claimLateness,
      triesPerDelivery: deliveries.length > 0 ? tries / deliveries.length : 0,
      slack429: fakes.slack.callsTo('chat.postMessage').filter((call) => call.status === 429)
        .length,
      discord429: { ...fakes.discord.state.limiter.answered },
      floor,
    };
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await fakes.close();
    await opened.close();
    await removePrefixedKeys(redis);
  }
}
