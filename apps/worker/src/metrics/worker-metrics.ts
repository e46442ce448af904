import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Clock, SyncStateRepository } from '@glokal/domain';
import type { JobObservation, Queue } from '@glokal/queue';
import type { SyncReport } from '@glokal/sync';

export interface WorkerMetrics {
  registry: Registry;
  observeJob(observation: JobObservation): void;
  recordSync(report: SyncReport): void;
}

const jobStates = [
  'waiting',
  'active',
  'delayed',
  'failed',
  'completed',
  'prioritized',
  'waiting-children',
] as const;

/**
 * The worker's Prometheus metrics, in a registry of its own: jobs by queue and outcome with
 * their durations, jobs waiting per queue and state (read at scrape time), items each sync
 * wrote, and per sync source the time of the last success and the lag behind now.
 */
export function createWorkerMetrics(deps: {
  queues: readonly Queue[];
  syncState: SyncStateRepository;
  sources: () => readonly string[];
  clock: Clock;
  defaultMetrics?: boolean;
}): WorkerMetrics {
  const registry = new Registry();
  if (deps.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'glokal_' });

  const jobs = new Counter({
    name: 'glokal_jobs_total',
    help: 'Jobs processed, by queue and outcome (completed, failed, waited: put back because its key was busy).',
    labelNames: ['queue', 'outcome'],
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'glokal_job_duration_seconds',
    help: 'How long jobs ran, by queue.',
    labelNames: ['queue'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 180],
    registers: [registry],
  });
  const syncItems = new Counter({
    name: 'glokal_sync_items_total',
    help: 'Items a sync wrote, by source and change (upserted, removed, swept, skipped, announced).',
    labelNames: ['source', 'change'],
    registers: [registry],
  });
  new Gauge({
    name: 'glokal_queue_jobs',
    help: 'Jobs in each queue, by state.',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      for (const queue of deps.queues) {
        const counts = await queue.getJobCounts(...jobStates);
        for (const state of jobStates) this.set({ queue: queue.name, state }, counts[state] ?? 0);
      }
    },
  });
  const lastSuccessMs = async (source: string) =>
    (await deps.syncState.get(source))?.lastSuccessAt?.getTime();
  new Gauge({
    name: 'glokal_sync_last_success_timestamp_seconds',
    help: 'When each sync source last synced successfully (Unix time; 0: never).',
    labelNames: ['source'],
    registers: [registry],
    async collect() {
      for (const source of deps.sources())
        this.set({ source }, ((await lastSuccessMs(source)) ?? 0) / 1000);
    },
  });
  new Gauge({
    name: 'glokal_sync_lag_seconds',
    help: 'Seconds since each sync source last synced successfully (-1: never).',
    labelNames: ['source'],
    registers: [registry],
    async collect() {
      const now = deps.clock.now().getTime();
      for (const source of deps.sources()) {
        const at = await lastSuccessMs(source);
        this.set({ source }, at === undefined ? -1 : Math.max(0, (now - at) / 1000));
      }
    },
  });

  return {
    registry,
    observeJob(observation) {
      jobs.inc({ queue: observation.queue, outcome: observation.outcome });
      if (observation.outcome !== 'waited')
        durations.observe({ queue: observation.queue }, observation.durationMs / 1000);
    },
    recordSync(report) {
      for (const change of ['upserted', 'removed', 'swept', 'skipped', 'announced'] as const) {
        if (report[change] > 0) syncItems.inc({ source: report.source, change }, report[change]);
      }
    },
  };
}
