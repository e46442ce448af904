import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Queue, Worker } from 'bullmq';
import { createLogger } from '@glokal/config';
import { systemClock } from '@glokal/domain';
import {
  createGoogleAuth,
  createGoogleCalendarSource,
  createGoogleDriveSource,
} from '@glokal/google';
import {
  openLocks,
  openProducer,
  queues,
  removePrefixedKeys,
  startQueueWorker,
} from '@glokal/queue';
import { openScratchStore, type OpenedStore } from '@glokal/store';
import { syncCalendar, syncDrive, type SyncReport } from '@glokal/sync';
import type { Benchmark } from './benchmark';

const ZONE = 'Europe/Warsaw';
const DEFAULT_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const MB = 1024 * 1024;

/**
 * The fake Google runs in a child process, so its 10,000 events do not count in this
 * process's memory: what is measured here is the sync alone (googleapis, mapping, store writes).
 */
const fakeProcessScript = `
import { createInterface } from 'node:readline';
const { startFakeGoogle } = await import('@glokal/testing/google');
const fake = await startFakeGoogle();
const day = 86_400_000;
const zone = 'Europe/Warsaw';
let n = 0;
const event = () => {
  n += 1;
  const start = new Date(Date.now() + ((n * 7919) % 900 - 300) * day + (n % 10) * 3_600_000);
  if (n % 5 === 0) {
    const date = start.toISOString().slice(0, 10);
    const end = new Date(start.getTime() + day).toISOString().slice(0, 10);
    return { summary: '[warsztaty] Warsztaty ' + n, start: { date }, end: { date: end } };
  }
  return { summary: '[seminar] Seminarium ' + n, description: 'Opis wydarzenia numer ' + n,
    start: { dateTime: start.toISOString(), timeZone: zone }, end: { dateTime: new Date(start.getTime() + 5_400_000).toISOString(), timeZone: zone } };
};
const handlers = {
  seedCalendar({ calendarId, count }) { fake.calendar.ensureCalendar(calendarId); for (let i = 0; i < count; i++) fake.calendar.addEvent(calendarId, event()); },
  editCalendar({ calendarId, count }) {
    for (let i = 0; i < count; i++) {
      const ids = fake.calendar.editableIds(calendarId);
      const id = ids[(i * 31) % ids.length];
      if (i % 3 === 0) fake.calendar.addEvent(calendarId, event());
      else if (i % 3 === 1) fake.calendar.updateEvent(calendarId, id, { summary: 'Zmienione ' + i });
      else fake.calendar.deleteEvent(calendarId, id);
    }
  },
  seedDrive({ driveId, count, folders }) {
    fake.drive.addSharedDrive(driveId, 'Klaster');
    const ids = [];
    for (let f = 0; f < folders; f++) ids.push(fake.drive.addFolder({ name: 'Folder ' + f, parentId: driveId }));
    for (let i = 0; i < count; i++) fake.drive.addFile({ name: 'Dokument ' + i, description: 'Opis ' + i, parentId: ids[i % folders] });
  },
  editDrive({ driveId, count }) {
    const files = fake.drive.truth(driveId).map((file) => file.id);
    for (let i = 0; i < count; i++) {
      const id = files[(i * 37) % files.length];
      if (i % 2 === 0) fake.drive.updateFile(id, { name: 'Zmieniony ' + i }); else fake.drive.trash(id);
    }
  },
};
console.log(JSON.stringify({ rootUrl: fake.rootUrl }));
for await (const line of createInterface({ input: process.stdin })) {
  const { op, ...args } = JSON.parse(line);
  handlers[op](args);
  console.log(JSON.stringify({ done: op }));
}
`;

interface FakeProcess {
  rootUrl: string;
  send(op: string, args: Record<string, unknown>): Promise<void>;
  close(): void;
}

async function startFakeProcess(): Promise<FakeProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', fakeProcessScript],
    {
      cwd: resolve(import.meta.dirname, '../../..'),
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    const line = await lines.next();
    if (line.done) throw new Error('the fake Google process ended');
    return line.value;
  };
  const first: unknown = JSON.parse(await next());
  if (
    typeof first !== 'object' ||
    first === null ||
    !('rootUrl' in first) ||
    typeof first.rootUrl !== 'string'
  ) {
    throw new Error('the fake Google process did not say where it listens');
  }
  return {
    rootUrl: first.rootUrl,
    async send(op, args) {
      child.stdin.write(`${JSON.stringify({ op, ...args })}\n`);
      await next();
    },
    close: () => child.kill(),
  };
}

setFlagsFromString('--expose-gc');
const collectGarbage: unknown = runInNewContext('gc');
const gc = () => {
  if (typeof collectGarbage === 'function') collectGarbage();
};

interface Measured<T> {
  result: T;
  ms: number;
  peakRssMb: number;
  peakHeapMb: number;
  retainedHeapMb: number;
}

/** Time, peak RSS and heap above the level before (sampled every 5 ms), and heap kept after a GC. */
async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
  gc();
  gc();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  };
  const timer = setInterval(sample, 5);
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  clearInterval(timer);
  sample();
  gc();
  return {
    result,
    ms,
    peakRssMb: (peakRss - base.rss) / MB,
    peakHeapMb: (peakHeap - base.heapUsed) / MB,
    retainedHeapMb: (process.memoryUsage().heapUsed - base.heapUsed) / MB,
  };
}

const mb = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const memory = (m: Measured<unknown>) =>
  `peak RSS ${mb(m.peakRssMb)}, peak heap ${mb(m.peakHeapMb)}, heap kept ${mb(m.retainedHeapMb)}`;

/** A fresh store: a scratch schema on Postgres (outside this process), else in-memory PGlite. */
async function freshStore(): Promise<{ opened: OpenedStore; kind: string }> {
  const databaseUrl = process.env['DATABASE_URL'] || DEFAULT_POSTGRES;
  try {
    return {
      opened: await openScratchStore({ databaseUrl, clusterTimeZone: ZONE }),
      kind: 'postgres',
    };
  } catch {
    return {
      opened: await openScratchStore({ clusterTimeZone: ZONE }),
      kind: 'pglite (RSS includes the embedded database)',
    };
  }
}

/** Loads and compiles everything a sync touches, so the first measured sync does not pay for it. */
async function warmUp(
  fake: FakeProcess,
  sync: (calendarId: string, store: OpenedStore) => Promise<unknown>,
): Promise<void> {
  await fake.send('seedCalendar', { calendarId: 'warm-up', count: 500 });
  for (let round = 0; round < 3; round += 1) {
    const { opened } = await freshStore();
    await sync('warm-up', opened);
    await opened.close();
  }
}

async function benchCalendar(fake: FakeProcess, report: (line: string) => void): Promise<void> {
  const auth = await createGoogleAuth({ kind: 'access-token', accessToken: 'ya29.bench' });
  const source = createGoogleCalendarSource({
    auth,
    rootUrl: fake.rootUrl,
    clusterTimeZone: ZONE,
    pageSize: 250,
  });
  const results = new Map<number, Measured<SyncReport>>();
  await warmUp(fake, (calendarId, store) =>
    syncCalendar(calendarId, {
      source,
      store: store.store,
      announce: false,
      clock: systemClock,
      clusterTimeZone: ZONE,
    }),
  );
  for (const size of [2_000, 10_000]) {
    const calendarId = `bench-${size}@group.calendar.google.com`;
    await fake.send('seedCalendar', { calendarId, count: size });
    const { opened, kind } = await freshStore();
    try {
      const deps = {
        source,
        store: opened.store,
        announce: false,
        clock: systemClock,
        clusterTimeZone: ZONE,
      };
      const full = await measure(() => syncCalendar(calendarId, deps));
      results.set(size, full);
      const rate = Math.round((full.result.upserted / full.ms) * 1000);
      const reference = size === 10_000 ? results.get(2_000) : undefined;
      report(
        `calendar full sync, ${size.toLocaleString('en')} events in ${full.result.pages} pages of 250 (${kind}): ${seconds(full.ms)}, ${rate} events/s; ${memory(full)}` +
          (reference
            ? ` — reference: 2,000 events ${memory(reference)} (memory must not grow with calendar size)`
            : ' — reference: the 10,000-event line below'),
      );
      if (size === 10_000) {
        await fake.send('editCalendar', { calendarId, count: 100 });
        const incremental = await measure(() => syncCalendar(calendarId, deps));
        report(
          `calendar incremental sync, 100 changes: ${seconds(incremental.ms)} (${incremental.result.upserted} upserted, ${incremental.result.removed} removed); ${memory(incremental)} — reference: the full sync above, ${seconds(full.ms)}`,
        );
      }
    } finally {
      await opened.close();
    }
  }
}

async function benchDrive(fake: FakeProcess, report: (line: string) => void): Promise<void> {
  const auth = await createGoogleAuth({ kind: 'access-token', accessToken: 'ya29.bench' });
  const results = new Map<number, Measured<SyncReport>>();
  await fake.send('seedDrive', { driveId: '0AWarmUp', count: 500, folders: 10 });
  const warm = await freshStore();
  const warmRoot = { kind: 'shared-drive', driveId: '0AWarmUp' } as const;
  await syncDrive(warmRoot, {
    source: createGoogleDriveSource({ auth, rootUrl: fake.rootUrl, scope: warmRoot }),
    store: warm.opened.store,
    announce: false,
    clock: systemClock,
  });
  await warm.opened.close();
  for (const size of [2_000, 10_000]) {
    const driveId = `0ABench${size}`;
    await fake.send('seedDrive', { driveId, count: size, folders: 50 });
    const root = { kind: 'shared-drive', driveId } as const;
    const source = createGoogleDriveSource({
      auth,
      rootUrl: fake.rootUrl,
      scope: root,
      pageSize: 1000,
    });
    const { opened, kind } = await freshStore();
    try {
      const deps = { source, store: opened.store, announce: false, clock: systemClock };
      const full = await measure(() => syncDrive(root, deps));
      results.set(size, full);
      const reference = size === 10_000 ? results.get(2_000) : undefined;
      report(
        `drive full sync, ${size.toLocaleString('en')} files in 50 folders (${kind}): ${seconds(full.ms)}, ${Math.round((full.result.upserted / full.ms) * 1000)} files/s; ${memory(full)}` +
          (reference
            ? ` — reference: 2,000 files ${memory(reference)} (memory must not grow with drive size)`
            : ' — reference: the 10,000-file line below'),
      );
      if (size === 10_000) {
        await fake.send('editDrive', { driveId, count: 100 });
        const incremental = await measure(() => syncDrive(root, deps));
        report(
          `drive incremental sync, 100 changes: ${seconds(incremental.ms)} (${incremental.result.upserted} upserted, ${incremental.result.removed} removed); ${memory(incremental)} — reference: the full sync above, ${seconds(full.ms)}`,
        );
      }
    } finally {
      await opened.close();
    }
  }
}

/** Jobs per second: a bare BullMQ worker with an empty processor, and the sync pipeline, on one Redis. */
async function benchThroughput(fake: FakeProcess, report: (line: string) => void): Promise<void> {
  const redis = { url: REDIS_URL, prefix: `bench-${randomUUID()}` };
  const jobs = 2_000;
  const concurrency = 8;
  const logger = createLogger({ level: 'silent' });
  try {
    const bareQueue = new Queue('bare', { connection: { url: redis.url }, prefix: redis.prefix });
    await bareQueue.addBulk(
      Array.from({ length: jobs }, (_, n) => ({ name: 'noop', data: { n } })),
    );
    let bareDone = 0;
    const bare = await measure(
      () =>
        new Promise<void>((done) => {
          const worker = new Worker('bare', async () => undefined, {
            connection: { url: redis.url },
            prefix: redis.prefix,
            concurrency,
          });
          worker.on('completed', () => {
            bareDone += 1;
            if (bareDone === jobs) void worker.close().then(done);
          });
        }),
    );
    await bareQueue.close();
    const bareRate = Math.round((jobs / bare.ms) * 1000);
    report(
      `bullmq bare worker, ${jobs} empty jobs, concurrency ${concurrency}: ${bareRate} jobs/s — reference for the lines below`,
    );

    // The sync pipeline: calendar-sync jobs through the queue runtime (schema check, one sync per
    // calendar at a time, metrics hook), each an incremental sync of an unchanged calendar.
    const calendars = Array.from(
      { length: 8 },
      (_, n) => `pipeline-${n}@group.calendar.google.com`,
    );
    for (const calendarId of calendars) await fake.send('seedCalendar', { calendarId, count: 25 });
    const { opened } = await freshStore();
    const auth = await createGoogleAuth({ kind: 'access-token', accessToken: 'ya29.bench' });
    const source = createGoogleCalendarSource({
      auth,
      rootUrl: fake.rootUrl,
      clusterTimeZone: ZONE,
    });
    const deps = {
      source,
      store: opened.store,
      announce: false,
      clock: systemClock,
      clusterTimeZone: ZONE,
    };
    for (const calendarId of calendars) await syncCalendar(calendarId, deps);
    const syncs = 400;
    const producer = openProducer(queues.calendarSync, redis);
    for (let n = 0; n < syncs; n += 1)
      await producer.add('sync', {
        calendarId: calendars[n % calendars.length] ?? '',
        reason: 'manual',
      });
    const locks = openLocks(redis);
    let done = 0;
    let waited = 0;
    const pipeline = await measure(
      () =>
        new Promise<void>((finish) => {
          const worker = startQueueWorker(
            queues.calendarSync,
            redis,
            (data) => syncCalendar(data.calendarId, deps),
            {
              logger,
              concurrency,
              exclusive: { key: (data) => data.calendarId, locks, retryDelayMs: 20 },
              observe: (observation) => {
                if (observation.outcome === 'waited') waited += 1;
                if (observation.outcome === 'completed' && ++done === syncs)
                  void worker.close().then(finish);
              },
            },
          );
        }),
    );
    await Promise.all([producer.close(), locks.close(), opened.close()]);
    report(
      `sync pipeline, ${syncs} calendar-sync jobs over 8 calendars (each an incremental sync through googleapis and the store), concurrency ${concurrency}: ${Math.round((syncs / pipeline.ms) * 1000)} jobs/s, ${waited} put back while their calendar was syncing — reference: bare BullMQ ${bareRate} jobs/s`,
    );
  } finally {
    await removePrefixedKeys(redis);
  }
}

/** Issue #5: full and incremental Calendar and Drive sync from the fake Google, and queue throughput. */
export const syncBenchmark: Benchmark = {
  name: 'sync',
  async run(report) {
    const fake = await startFakeProcess();
    try {
      await benchCalendar(fake, report);
      await benchDrive(fake, report);
      await benchThroughput(fake, report);
    } finally {
      fake.close();
    }
  },
};
