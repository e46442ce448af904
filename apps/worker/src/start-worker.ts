import type { GlokalConfig, Logger } from '@glokal/config';
import { defaultWorkingHours, systemClock, type Clock, type ClusterStore } from '@glokal/domain';
import {
  applySchedules,
  missingSchedules,
  openDeliveryProducer,
  openLocks,
  openOutboxQueues,
  openProducer,
  queues as queueDefinitions,
  relayOutbox,
  restoreSchedules,
  type DeclaredSchedule,
  type Queue,
} from '@glokal/queue';
import { calendarSourceKey, createAnnouncer, driveSourceKey } from '@glokal/sync';
import {
  googleSourcesFrom,
  type GoogleSources,
  type GoogleSourceTuning,
} from './google/google-sources';
import { createWorkerMetrics, type WorkerMetrics } from './metrics/worker-metrics';
import { calendarSyncJobId, driveSyncJobId, workerJobs, type WorkerContext } from './jobs';
import { startPublicServer, type RunningPublicServer } from './public/public-server';

export interface StartWorkerOptions {
  /** With `public` (`PUBLIC_PORT`), the worker serves the calendar feeds on that port too. */
  config: Pick<GlokalConfig, 'redis' | 'google' | 'cluster'> &
    Pick<Partial<GlokalConfig>, 'public' | 'scheduling'>;
  store: ClusterStore;
  logger: Logger;
  clock?: Clock;
  /** The Google sources; built from `config.google` when not given. */
  sources?: GoogleSources;
  googleTuning?: GoogleSourceTuning;
  /** Keep the sync job schedulers (default true). The outbox relay's is always kept. */
  schedules?: boolean;
  /** Shorter locks for tests: job locks, the stalled-job check, the per-calendar sync lock. */
  tuning?: {
    lockDurationMs?: number;
    stalledIntervalMs?: number;
    syncLockTtlMs?: number;
    lockRetryDelayMs?: number;
    /** Backoff of a requested sync that failed (default: the queue's, 10 s doubling). */
    syncRetryDelayMs?: number;
    /** How often the outbox relay runs (default 1500 ms). */
    relayEveryMs?: number;
    /** How often missing job schedulers are looked for and put back (default 30 s). */
    scheduleCheckEveryMs?: number;
  };
  /** Process metrics (CPU, memory, event loop) in the registry (default true). */
  defaultMetrics?: boolean;
}

export interface RunningWorker {
  metrics: WorkerMetrics;
  /** The public port's calendar feeds, when `PUBLIC_PORT` is set (its port: 0 gives any free one). */
  feeds?: { port: number };
  /** Every queue, for the dashboard. */
  queues: readonly Queue[];
  /** Queues a sync now (ignored while one is already waiting). */
  requestSync(what: 'calendar' | 'drive'): Promise<void>;
  /** Moves pending outbox messages to their queues now; never throws. */
  relayNow(): Promise<void>;
  /** The declared job schedulers Redis does not hold (e.g. after it was flushed); `/readyz` asks. */
  missingSchedules(): Promise<string[]>;
  /** Puts missing schedulers back (the worker does this on its own every `scheduleCheckEveryMs`). */
  restoreSchedules(): Promise<string[]>;
  /** Takes no new jobs, lets running ones finish (up to `graceMs`, then leaves them to be retried), closes connections. */
  stop(options?: { graceMs?: number }): Promise<void>;
}

/**
 * The worker: one BullMQ worker per job in `jobs/index.ts` (syncs, the outbox relay,
 * announcements, grant call changes), the schedulers those jobs declare (put back when Redis
 * loses them), and metrics. The store is the caller's to open and close.
 */
export async function startWorker(options: StartWorkerOptions): Promise<RunningWorker> {
  const { config, store, logger } = options;
  const clock = options.clock ?? systemClock;
  const redis = { url: config.redis.url, prefix: config.redis.queuePrefix };
  const tuning = options.tuning ?? {};
  const sources =
    options.sources ?? (await googleSourcesFrom(config, logger, options.googleTuning));

  // First, so that a port already taken stops the start before any queue connects.
  const feeds: RunningPublicServer | undefined = config.public
    ? await startPublicServer({
        port: config.public.port,
        host: config.public.host,
        store,
        clock,
        clusterTimeZone: config.cluster.timeZone,
        defaultLocale: config.cluster.defaultLocale,
        logger,
      })
    : undefined;
  if (!feeds && config.cluster.publicUrl) {
    logger.warn(
      { publicUrl: config.cluster.publicUrl },
      'PUBLIC_URL is set but PUBLIC_PORT is not: this worker serves no calendar feeds',
    );
  }

  const producers = new Map(
    [
      ...workerJobs.map((job) => job.queue),
      queueDefinitions.deliverSlack,
      queueDefinitions.deliverDiscord,
      queueDefinitions.discordEvents,
    ].map((definition) => [definition.name, openProducer(definition, redis)] as const),
  );
  const queueOf = (name: string): Queue => {
    const producer = producers.get(name as never);
    if (!producer) throw new Error(`no producer for queue ${name}`);
    return producer.queue;
  };
  const allQueues = [...producers.values()].map((producer) => producer.queue);
  const deliveries = openDeliveryProducer(redis);
  const outboxQueues = openOutboxQueues(redis);
  const locks = openLocks(redis);
  const sourceKeys = [
    ...(sources.calendar ? [calendarSourceKey(sources.calendar.calendarId)] : []),
    ...(sources.drive ? [driveSourceKey(sources.drive.root)] : []),
  ];
  const metrics = createWorkerMetrics({
    queues: allQueues,
    syncState: store.syncState,
    sources: () => sourceKeys,
    clock,
    ...(options.defaultMetrics === undefined ? {} : { defaultMetrics: options.defaultMetrics }),
  });

  let relaying: Promise<void> | undefined;
  const relayNow = () => {
    relaying ??= relayOutbox({ outbox: store.outbox, queues: outboxQueues, clock })
      .then((relayed) => {
        if (relayed > 0) logger.debug({ relayed }, 'outbox relayed');
      })
      .catch((error: unknown) =>
        logger.warn({ err: error }, 'outbox relay failed; it runs again soon'),
      )
      .finally(() => {
        relaying = undefined;
      });
    return relaying;
  };

  const context: WorkerContext = {
    store,
    logger,
    clock,
    clusterTimeZone: config.cluster.timeZone,
    clusterLocale: config.cluster.defaultLocale,
    workingHours: config.scheduling?.workingHours ?? {
      ...defaultWorkingHours,
      zone: config.cluster.timeZone,
    },
    sources,
    ...(sources.calendarWriter ? { calendarWriter: sources.calendarWriter } : {}),
    metrics,
    announcer: createAnnouncer({
      store,
      outbox: deliveries,
      clusterLocale: config.cluster.defaultLocale,
    }),
    deliveries,
    reminderQueue: queueOf(queueDefinitions.grantReminders.name),
    eventReminderQueue: queueOf(queueDefinitions.eventReminders.name),
    discordEventQueue: queueOf(queueDefinitions.discordEvents.name),
    relayNow,
    cadence: {
      calendarEveryMs: config.google.syncCalendarEveryMs,
      driveEveryMs: config.google.syncDriveEveryMs,
      relayEveryMs: tuning.relayEveryMs ?? 1500,
    },
    syncSchedules: options.schedules ?? true,
  };
  const runtime = {
    redis,
    locks,
    observe: metrics.observeJob,
    lockTtlMs: tuning.syncLockTtlMs ?? 60_000,
    ...(tuning.lockRetryDelayMs ? { lockRetryDelayMs: tuning.lockRetryDelayMs } : {}),
    tuning: {
      ...(tuning.lockDurationMs ? { lockDurationMs: tuning.lockDurationMs } : {}),
      ...(tuning.stalledIntervalMs ? { stalledIntervalMs: tuning.stalledIntervalMs } : {}),
    },
  };
  const workers = workerJobs.map((job) => job.start(context, runtime));

  const declared: DeclaredSchedule[] = [];
  const managed: Queue[] = [];
  for (const job of workerJobs) {
    const queue = queueOf(job.queue.name);
    const schedules = job.declaredSchedules(context, queue);
    if (schedules === 'unmanaged') continue;
    declared.push(...schedules);
    managed.push(queue);
  }
  await applySchedules(declared, managed);
  await relayNow();

  const restore = async () => {
    const restored = await restoreSchedules(declared);
    if (restored.length > 0) logger.warn({ restored }, 'job schedulers were missing; put back');
    return restored;
  };
  const scheduleCheck = setInterval(() => {
    restore().catch((error: unknown) =>
      logger.warn({ err: error }, 'could not check the job schedulers'),
    );
  }, tuning.scheduleCheckEveryMs ?? 30_000);
  scheduleCheck.unref();

  logger.info(
    {
      calendar: Boolean(sources.calendar),
      drive: Boolean(sources.drive),
      queuePrefix: redis.prefix,
      schedules: declared.map((schedule) => schedule.id),
    },
    'worker started',
  );

  const retry = tuning.syncRetryDelayMs
    ? { backoff: { type: 'fixed', delay: tuning.syncRetryDelayMs } }
    : {};
  const calendarSync = openProducer(queueDefinitions.calendarSync, redis);
  const driveSync = openProducer(queueDefinitions.driveSync, redis);
  let stopping: Promise<void> | undefined;
  return {
    metrics,
    ...(feeds ? { feeds: { port: feeds.port } } : {}),
    queues: allQueues,
    async requestSync(what) {
      if (what === 'calendar' && sources.calendar) {
        const { calendarId } = sources.calendar;
        await calendarSync.add(
          'sync',
          { calendarId, reason: 'manual' },
          { deduplication: { id: calendarSyncJobId(calendarId) }, ...retry },
        );
      }
      if (what === 'drive' && sources.drive) {
        const { root } = sources.drive;
        await driveSync.add(
          'sync',
          { scope: root, reason: 'manual' },
          { deduplication: { id: driveSyncJobId(driveSourceKey(root)) }, ...retry },
        );
      }
    },
    relayNow,
    missingSchedules: () => missingSchedules(declared),
    restoreSchedules: restore,
    stop({ graceMs = 25_000 } = {}) {
      stopping ??= (async () => {
        clearInterval(scheduleCheck);
        // Calendar apps ask again later; the feeds stop first, before the store is closed.
        await feeds?.close();
        const finished = Promise.all(workers.map((worker) => worker.pause(false))).then(() => true);
        const inTime = await Promise.race([
          finished,
          new Promise<false>((resolve) => setTimeout(() => resolve(false), graceMs).unref()),
        ]);
        if (!inTime)
          logger.warn({ graceMs }, 'jobs still running at shutdown go back to the queue');
        await Promise.all(workers.map((worker) => worker.close(!inTime)));
        await relaying;
        await Promise.all([
          ...[...producers.values()].map((producer) => producer.close()),
          calendarSync.close(),
          driveSync.close(),
          deliveries.close(),
          outboxQueues.close(),
          locks.close(),
        ]);
        logger.info('worker stopped');
      })();
      return stopping;
    },
  };
}
