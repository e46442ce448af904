import type { GlokalConfig, Logger } from '@glokal/config';
import { systemClock, type Clock, type ClusterStore } from '@glokal/domain';
import {
  applySyncSchedules,
  openDeliveryProducer,
  openLocks,
  openProducer,
  queues as queueDefinitions,
  startQueueWorker,
  type Queue,
} from '@glokal/queue';
import { calendarSourceKey, createAnnouncer, driveSourceKey } from '@glokal/sync';
import {
  googleSourcesFrom,
  type GoogleSources,
  type GoogleSourceTuning,
} from './google/google-sources';
import { createWorkerMetrics, type WorkerMetrics } from './metrics/worker-metrics';
import { calendarSyncProcessor } from './sync/calendar-sync.processor';
import { driveSyncProcessor } from './sync/drive-sync.processor';

export interface StartWorkerOptions {
  config: Pick<GlokalConfig, 'redis' | 'google' | 'cluster'>;
  store: ClusterStore;
  logger: Logger;
  clock?: Clock;
  /** The Google sources; built from `config.google` when not given. */
  sources?: GoogleSources;
  googleTuning?: GoogleSourceTuning;
  /** Create/update the sync job schedulers at start (default true). */
  schedules?: boolean;
  /** Shorter locks for tests: job locks, the stalled-job check, the per-calendar sync lock. */
  tuning?: {
    lockDurationMs?: number;
    stalledIntervalMs?: number;
    syncLockTtlMs?: number;
    lockRetryDelayMs?: number;
    /** Backoff of a requested sync that failed (default: the queue's, 10 s doubling). */
    syncRetryDelayMs?: number;
  };
  /** Process metrics (CPU, memory, event loop) in the registry (default true). */
  defaultMetrics?: boolean;
}

export interface RunningWorker {
  metrics: WorkerMetrics;
  /** Every queue, for the dashboard. */
  queues: readonly Queue[];
  /** Queues a sync now (ignored while one is already waiting). */
  requestSync(what: 'calendar' | 'drive'): Promise<void>;
  /** Takes no new jobs, lets running ones finish (up to `graceMs`, then leaves them to be retried), closes connections. */
  stop(options?: { graceMs?: number }): Promise<void>;
}

/**
 * The worker: BullMQ workers for calendar and drive sync (one sync per calendar or drive at
 * a time, across all worker processes), their job schedulers, announcements of new items to
 * the chat platforms' delivery queues, and metrics. The store is the caller's to open and close.
 */
export async function startWorker(options: StartWorkerOptions): Promise<RunningWorker> {
  const { config, store, logger } = options;
  const clock = options.clock ?? systemClock;
  const redis = { url: config.redis.url, prefix: config.redis.queuePrefix };
  const sources =
    options.sources ?? (await googleSourcesFrom(config, logger, options.googleTuning));

  const producers = {
    calendarSync: openProducer(queueDefinitions.calendarSync, redis),
    driveSync: openProducer(queueDefinitions.driveSync, redis),
    deliverSlack: openProducer(queueDefinitions.deliverSlack, redis),
    deliverDiscord: openProducer(queueDefinitions.deliverDiscord, redis),
  };
  const allQueues = Object.values(producers).map((producer) => producer.queue);
  const deliveries = openDeliveryProducer(redis);
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
  const deps = {
    store,
    announcer: createAnnouncer({ store, outbox: deliveries }),
    clock,
    clusterTimeZone: config.cluster.timeZone,
    logger,
    metrics,
  };
  const tuning = options.tuning ?? {};
  const common = {
    logger,
    observe: metrics.observeJob,
    tuning: {
      ...(tuning.lockDurationMs ? { lockDurationMs: tuning.lockDurationMs } : {}),
      ...(tuning.stalledIntervalMs ? { stalledIntervalMs: tuning.stalledIntervalMs } : {}),
    },
  };
  const exclusive = {
    locks,
    ttlMs: tuning.syncLockTtlMs ?? 60_000,
    ...(tuning.lockRetryDelayMs ? { retryDelayMs: tuning.lockRetryDelayMs } : {}),
  };
  const workers = [
    startQueueWorker(
      queueDefinitions.calendarSync,
      redis,
      calendarSyncProcessor(sources.calendar, deps),
      {
        ...common,
        exclusive: { ...exclusive, key: (data) => data.calendarId },
      },
    ),
    startQueueWorker(queueDefinitions.driveSync, redis, driveSyncProcessor(sources.drive, deps), {
      ...common,
      exclusive: { ...exclusive, key: (data) => driveSourceKey(data.scope) },
    }),
  ];

  if (options.schedules ?? true) {
    await applySyncSchedules(
      { calendarSync: producers.calendarSync.queue, driveSync: producers.driveSync.queue },
      {
        ...(sources.calendar
          ? {
              calendar: {
                calendarId: sources.calendar.calendarId,
                everyMs: config.google.syncCalendarEveryMs,
              },
            }
          : {}),
        ...(sources.drive
          ? { drive: { scope: sources.drive.root, everyMs: config.google.syncDriveEveryMs } }
          : {}),
      },
    );
  }
  logger.info(
    {
      calendar: Boolean(sources.calendar),
      drive: Boolean(sources.drive),
      queuePrefix: redis.prefix,
    },
    'worker started',
  );

  const retry = tuning.syncRetryDelayMs
    ? { backoff: { type: 'fixed', delay: tuning.syncRetryDelayMs } }
    : {};
  let stopping: Promise<void> | undefined;
  return {
    metrics,
    queues: allQueues,
    async requestSync(what) {
      if (what === 'calendar' && sources.calendar) {
        const { calendarId } = sources.calendar;
        await producers.calendarSync.add(
          'sync',
          { calendarId, reason: 'manual' },
          { deduplication: { id: `calendar-${calendarId}` }, ...retry },
        );
      }
      if (what === 'drive' && sources.drive) {
        const { root } = sources.drive;
        await producers.driveSync.add(
          'sync',
          { scope: root, reason: 'manual' },
          { deduplication: { id: driveSourceKey(root).replace(/:/g, '-') }, ...retry },
        );
      }
    },
    stop({ graceMs = 25_000 } = {}) {
      stopping ??= (async () => {
        const finished = Promise.all(workers.map((worker) => worker.pause(false))).then(() => true);
        const inTime = await Promise.race([
          finished,
          new Promise<false>((resolve) => setTimeout(() => resolve(false), graceMs).unref()),
        ]);
        if (!inTime)
          logger.warn({ graceMs }, 'jobs still running at shutdown go back to the queue');
        await Promise.all(workers.map((worker) => worker.close(!inTime)));
        await Promise.all([
          ...Object.values(producers).map((producer) => producer.close()),
          deliveries.close(),
          locks.close(),
        ]);
        logger.info('worker stopped');
      })();
      return stopping;
    },
  };
}
