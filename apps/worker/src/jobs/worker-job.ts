import type { z } from 'zod';
import type { Logger } from '@glokal/config';
import type { Clock, ClusterStore, Locale, WorkingHours } from '@glokal/domain';
import {
  startQueueWorker,
  type DeclaredSchedule,
  type DeliveryProducer,
  type JobObservation,
  type Locks,
  type Queue,
  type QueueDefinition,
  type QueueProcessor,
  type RedisTarget,
  type ScheduleTiming,
} from '@glokal/queue';
import type { Announcer } from '@glokal/sync';
import type { ConfiguredCalendarWriter, GoogleSources } from '../google/google-sources';
import type { WorkerMetrics } from '../metrics/worker-metrics';

/** What every job's processor and schedule may use; one per worker process. */
export interface WorkerContext {
  store: ClusterStore;
  logger: Logger;
  clock: Clock;
  clusterTimeZone: string;
  /** The language of people who chose none (`DEFAULT_LOCALE`). */
  clusterLocale: Locale;
  /** When suggested meeting times may fall (`WORKING_HOURS`, in the cluster's zone). */
  workingHours: WorkingHours;
  sources: GoogleSources;
  /** Writes meetings scheduled from chat to the configured calendar (`GOOGLE_CALENDAR_ID`). */
  calendarWriter?: ConfiguredCalendarWriter;
  metrics: WorkerMetrics;
  /** Claims deliveries and queues them for the chat apps. */
  announcer: Announcer;
  /** The chat apps' delivery queues (reminders claim their own delivery keys). */
  deliveries: Pick<DeliveryProducer, 'enqueueDelivery'>;
  /** The queue of scheduled grant reminders. */
  reminderQueue: Queue;
  /** The queue of scheduled event reminders (to people going). */
  eventReminderQueue: Queue;
  /** The queue the Discord app mirrors events to its servers' Events tabs from. */
  discordEventQueue: Queue;
  /** Moves pending outbox messages to their queues now, in this process; never throws. */
  relayNow(): Promise<void>;
  /** Cadences of the schedules (`SYNC_CALENDAR_EVERY`, `SYNC_DRIVE_EVERY`, the relay's). */
  cadence: { calendarEveryMs: number; driveEveryMs: number; relayEveryMs: number };
  /** Whether this worker keeps the sync schedulers (tests ask for syncs by hand instead). */
  syncSchedules: boolean;
}

/** What starting a job's BullMQ worker takes besides the context. */
export interface WorkerRuntime {
  redis: RedisTarget;
  locks: Locks;
  observe: (observation: JobObservation) => void;
  lockTtlMs: number;
  lockRetryDelayMs?: number;
  tuning: { lockDurationMs?: number; stalledIntervalMs?: number };
}

/**
 * A job scheduler a job asks for: one job with `data` every `everyMs`, or at the times of a
 * cron `pattern` in zone `tz`.
 */
export type JobSchedule<Data> = ScheduleTiming & {
  id: string;
  data: Data;
};

/** One kind of job, declared in one file: its queue, job ids, schedule and processor. */
export interface WorkerJobSpec<Payload extends z.ZodType> {
  queue: QueueDefinition<Payload>;
  /**
   * The schedulers this job keeps on its queue (others found there are removed), or
   * `'unmanaged'` when this worker leaves the queue's schedulers alone.
   */
  schedules?: (context: WorkerContext) => readonly JobSchedule<z.input<Payload>>[] | 'unmanaged';
  /** At most one job per key at a time, across every worker process. */
  exclusiveKey?: (data: z.output<Payload>) => string;
  /** How long a dead holder keeps that key (default: the worker's lock TTL); renewed while held. */
  lockTtlMs?: number;
  process: (context: WorkerContext) => QueueProcessor<Payload>;
}

/** A job as the worker's loop sees it, whatever its payload. */
export interface WorkerJob {
  readonly queue: QueueDefinition<z.ZodType>;
  start(context: WorkerContext, runtime: WorkerRuntime): ReturnType<typeof startQueueWorker>;
  declaredSchedules(context: WorkerContext, queue: Queue): DeclaredSchedule[] | 'unmanaged';
}

/** Declares a job; the result goes in the list in `jobs/index.ts`. */
export function defineWorkerJob<Payload extends z.ZodType>(
  spec: WorkerJobSpec<Payload>,
): WorkerJob & WorkerJobSpec<Payload> {
  return {
    ...spec,
    start(context, runtime) {
      const { exclusiveKey } = spec;
      return startQueueWorker(spec.queue, runtime.redis, spec.process(context), {
        logger: context.logger,
        observe: runtime.observe,
        tuning: runtime.tuning,
        ...(exclusiveKey
          ? {
              exclusive: {
                key: exclusiveKey,
                locks: runtime.locks,
                ttlMs: Math.min(spec.lockTtlMs ?? runtime.lockTtlMs, runtime.lockTtlMs),
                ...(runtime.lockRetryDelayMs ? { retryDelayMs: runtime.lockRetryDelayMs } : {}),
              },
            }
          : {}),
      });
    },
    declaredSchedules(context, queue) {
      const schedules = spec.schedules?.(context) ?? 'unmanaged';
      if (schedules === 'unmanaged') return 'unmanaged';
      return schedules.map((schedule) => ({
        ...('pattern' in schedule
          ? { pattern: schedule.pattern, tz: schedule.tz }
          : { everyMs: schedule.everyMs }),
        queue,
        id: schedule.id,
        name: spec.queue.name,
        data: spec.queue.payload.parse(schedule.data),
      }));
    },
  };
}
