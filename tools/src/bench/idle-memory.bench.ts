import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { systemClock } from '@glokal/domain';
import { removePrefixedKeys } from '@glokal/queue';
import { openScratchStore } from '@glokal/store';
import { startFakeDiscord } from '@glokal/testing/discord';
import { startFakeGoogle } from '@glokal/testing/google';
import { startWatchedProcess } from '@glokal/testing/process';
import { startFakeSlack } from '@glokal/testing/slack';
import { buildApps } from '../build/build-apps';
import { appEnvironments, residentMb, started, type BenchFakes } from './testing/app-processes';
import type { Benchmark } from './benchmark';
import { benchDatabaseUrl } from './bench-store';

/** How long a started app is left alone before its memory is read. */
const IDLE_MS = Number(process.env['IDLE_SECONDS'] ?? 10) * 1_000;
const TARGET = 'target: ≤ 150 MB per app on Postgres';
const root = resolve(import.meta.dirname, '../../..');

/** The median of three readings a second apart, once the process has been idle. */
async function idleResidentMb(pid: number | undefined): Promise<number | undefined> {
  await sleep(IDLE_MS);
  const readings: number[] = [];
  for (let reading = 0; reading < 3; reading += 1) {
    const mb = await residentMb(pid);
    if (mb !== undefined) readings.push(mb);
    await sleep(1_000);
  }
  return readings.sort((a, b) => a - b)[1];
}

/**
 * Idle resident memory of each built app (plain JavaScript under node, as production runs it):
 * the Slack app, the Discord bot and the worker each alone on Postgres, and `npm start`'s
 * all-in-one process on Postgres and on embedded PGlite (its first start, which creates the
 * database in the process, and a start on the existing data directory), beside a bare node process.
 */
export const idleMemoryBenchmark: Benchmark = {
  name: 'idle-memory',
  async run(report) {
    const outDir = join(root, 'tmp', 'idle-memory-dist');
    await mkdir(outDir, { recursive: true });
    const { files } = await buildApps(root, outDir);
    const databaseUrl = benchDatabaseUrl();
    const opened = await openScratchStore({
      databaseUrl,
      clock: systemClock,
      clusterTimeZone: 'Europe/Warsaw',
    });
    const redis = {
      url: process.env['REDIS_URL'] || 'redis://127.0.0.1:6379',
      prefix: `bench-idle-${Date.now()}`,
    };
    const slackBotToken = 'xoxb-idle-token';
    const fakes: BenchFakes = {
      slack: await startFakeSlack({ tokens: [slackBotToken] }),
      discord: await startFakeDiscord(),
      google: await startFakeGoogle(),
      slackBotToken,
      slackSigningSecret: 'idle-signing-secret',
      calendarId: 'klaster-spoczynek@group.calendar.google.com',
    };
    fakes.google.calendar.ensureCalendar(fakes.calendarId);
    const dataDir = await mkdtemp(join(tmpdir(), 'glokal-idle-'));
    try {
      const [row] = await opened.query('select current_schema() as schema');
      const url = new URL(databaseUrl);
      url.searchParams.set('options', `-c search_path=${String(row?.['schema'])}`);
      const common = {
        REDIS_URL: redis.url,
        QUEUE_PREFIX: redis.prefix,
        LOG_LEVEL: 'info',
        CLUSTER_TIMEZONE: 'Europe/Warsaw',
        HTTP_PORT: '0',
        PUBLIC_PORT: '',
      };
      const own = appEnvironments(fakes);
      const everything = { ...own.worker, ...own.slack, ...own.discord };
      const runs = [
        { label: 'bare node (reference)', args: ['-e', 'setInterval(() => {}, 1000)'], env: {} },
        {
          label: 'Slack app alone, Postgres',
          args: [files.slack],
          env: { ...common, DATABASE_URL: url.toString(), ...own.slack },
          ready: 'Slack app started',
        },
        {
          label: 'Discord bot alone, Postgres',
          args: [files.discord],
          env: { ...common, DATABASE_URL: url.toString(), ...own.discord },
          ready: 'Discord bot ready',
        },
        {
          label: 'worker alone, Postgres',
          args: [files.worker],
          env: { ...common, DATABASE_URL: url.toString(), ...own.worker },
          ready: 'worker started',
        },
        {
          label: 'all-in-one (npm start), Postgres',
          args: [files.glokal],
          env: { ...common, DATABASE_URL: url.toString(), ...everything },
          ready: 'Glokal is running',
        },
        {
          label: 'all-in-one (npm start), embedded PGlite, first start (creates its database)',
          args: [files.glokal],
          env: { ...common, DATA_DIR: dataDir, ...everything },
          ready: 'Glokal is running',
        },
        {
          label: 'all-in-one (npm start), embedded PGlite, started again',
          args: [files.glokal],
          env: { ...common, DATA_DIR: dataDir, ...everything },
          ready: 'Glokal is running',
        },
      ];
      for (const run of runs) {
        const app = startWatchedProcess(run.args, root, run.env);
        try {
          if (run.ready) await started(app, run.ready);
          const mb = await idleResidentMb(app.child.pid);
          report(
            `idle-memory ${run.label}: ${mb?.toFixed(0) ?? '?'} MB resident after ${IDLE_MS / 1_000} s idle (${TARGET})`,
          );
        } finally {
          app.child.kill('SIGTERM');
          await app.exited;
        }
      }
    } finally {
      await fakes.google.close();
      await fakes.discord.close();
      await fakes.slack.close();
      await removePrefixedKeys(redis);
      await opened.close();
      await rm(dataDir, { recursive: true, force: true });
      await rm(outDir, { recursive: true, force: true });
    }
  },
};
