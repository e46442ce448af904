import { randomUUID } from 'node:crypto';
import { createLogger, loadConfig, type GlokalConfig } from '@glokal/config';
import type { ClusterDocument, ClusterEvent } from '@glokal/domain';
import { removePrefixedKeys } from '@glokal/queue';
import { startFakeGoogle, type FakeGoogle } from '@glokal/testing/google';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import { startWorker, type RunningWorker, type StartWorkerOptions } from '../start-worker';

export const calendarId = 'klaster@group.calendar.google.com';
export const driveId = '0AKlasterDrive';
export const silentLogger = createLogger({ level: 'silent' });

/** Short locks and quick retries, so a killed worker's job comes back within a second or two. */
export const quickTuning = {
  lockDurationMs: 1000,
  stalledIntervalMs: 500,
  syncLockTtlMs: 1000,
  lockRetryDelayMs: 100,
  syncRetryDelayMs: 200,
};

export interface Harness {
  fake: FakeGoogle;
  testStore: TestStore;
  config: GlokalConfig;
  redis: { url: string; prefix: string };
  startWorker(overrides?: Partial<StartWorkerOptions>): Promise<RunningWorker>;
  close(): Promise<void>;
}

/**
 * A fake Google, an empty store and a Redis prefix of their own, and workers wired to them.
 * `redisUrl`: a Redis of the test's own (one it stops or flushes) instead of `REDIS_URL`.
 */
export async function startHarness(
  options: { pageSize?: number; redisUrl?: string } = {},
): Promise<Harness> {
  const fake = await startFakeGoogle();
  fake.calendar.ensureCalendar(calendarId);
  fake.drive.addSharedDrive(driveId, 'Klaster');
  const testStore = await createTestStore();
  const prefix = `test-${randomUUID()}`;
  const config = loadConfig({
    REDIS_URL: options.redisUrl ?? process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: prefix,
    GOOGLE_CALENDAR_ID: calendarId,
    GOOGLE_DRIVE_ID: driveId,
    GOOGLE_ACCESS_TOKEN: 'ya29.test',
    GOOGLE_API_ROOT_URL: fake.rootUrl,
  });
  const workers: RunningWorker[] = [];
  return {
    fake,
    testStore,
    config,
    redis: { url: config.redis.url, prefix },
    async startWorker(overrides = {}) {
      const worker = await startWorker({
        config,
        store: testStore.store,
        logger: silentLogger,
        schedules: false,
        defaultMetrics: false,
        googleTuning: {
          calendarPageSize: options.pageSize ?? 5,
          drivePageSize: options.pageSize ?? 5,
          retry: { sleep: async () => undefined },
        },
        tuning: quickTuning,
        ...overrides,
      });
      workers.push(worker);
      return worker;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.stop({ graceMs: 2000 })));
      await removePrefixedKeys({ url: config.redis.url, prefix });
      await Promise.all([fake.close(), testStore.close()]);
    },
  };
}

/** Waits for a condition, at most `timeoutMs`. */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** How many jobs of a queue ended with `outcome`, as the worker's metrics count them. */
export async function jobCount(
  worker: RunningWorker,
  queue: string,
  outcome: 'completed' | 'failed' | 'waited',
): Promise<number> {
  const metric = await worker.metrics.registry.getSingleMetric('glokal_jobs_total')?.get();
  return (
    metric?.values.find(
      (value) => value.labels['queue'] === queue && value.labels['outcome'] === outcome,
    )?.value ?? 0
  );
}

/** Asks for a sync and waits until one more job of that kind has completed (or failed). */
export async function syncOnce(
  worker: RunningWorker,
  what: 'calendar' | 'drive',
): Promise<'completed' | 'failed'> {
  const queue = what === 'calendar' ? 'calendar-sync' : 'drive-sync';
  const [completed, failed] = [
    await jobCount(worker, queue, 'completed'),
    await jobCount(worker, queue, 'failed'),
  ];
  await worker.requestSync(what);
  let outcome: 'completed' | 'failed' | undefined;
  await waitUntil(
    async () => {
      if ((await jobCount(worker, queue, 'completed')) > completed) outcome = 'completed';
      else if ((await jobCount(worker, queue, 'failed')) > failed) outcome = 'failed';
      return outcome !== undefined;
    },
    20_000,
    `a ${what} sync`,
  );
  return outcome ?? 'failed';
}

/** Every calendar event the store holds. */
export async function storedEvents(harness: Harness): Promise<ClusterEvent[]> {
  const page = await harness.testStore.store.events.between(
    {
      from: new Date('2000-01-01T00:00:00Z'),
      to: new Date('2100-01-01T00:00:00Z'),
      includeCancelled: true,
    },
    { limit: 100_000, offset: 0 },
  );
  return page.items;
}

/** Every document the index holds. */
export async function storedDocuments(harness: Harness): Promise<ClusterDocument[]> {
  return (await harness.testStore.store.documents.search('', { limit: 100_000, offset: 0 })).items;
}

/** The store's events as comparable lines: id, title, start. */
export function eventLines(events: readonly ClusterEvent[]): string[] {
  return events
    .map(
      (event) =>
        `${event.id}|${event.title}|${event.timing.allDay ? event.timing.startDate : event.timing.start}`,
    )
    .sort();
}

/** The fake calendar's truth as the same lines (titles carry no kind tags in these tests). */
export function truthLines(harness: Harness): string[] {
  return harness.fake.calendar
    .truth(calendarId)
    .map((event) => {
      const start =
        event.start && 'date' in event.start
          ? event.start.date
          : new Date(event.start?.dateTime ?? 0).toISOString();
      return `${event.id}|${event.summary ?? ''}|${start}`;
    })
    .sort();
}
