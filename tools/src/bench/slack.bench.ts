import { createRequire } from 'node:module';
import { z } from 'zod';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { createLogger } from '@glokal/config';
import { fixedClock } from '@glokal/domain';
import {
  signedHeaders,
  slashCommandBody,
  startFakeSlack,
  type FakeSlack,
} from '@glokal/testing/slack';
import { fillCatalogue } from '@glokal/testing/store';
// A benchmark drives the app end to end, as `npm start` does; Nx forbids importing apps from libraries otherwise.
import { startSlackApp } from '@glokal/slack';
import type { Benchmark } from './benchmark';
import { openBenchStore } from './bench-store';
import { milliseconds } from './latency';

const EVENTS = 10_000;
const CONNECTIONS = 20;
const DURATION_SECONDS = 10;
const NOW = new Date('2026-06-12T08:00:00Z');
const ZONE = 'Europe/Warsaw';
const SECRET = 'bench-signing-secret';
const TOKEN = 'xoxb-bench-token';
const TARGET = `target: at least 0.7× bare Bolt's requests/s, p99 at most 2× its p99`;
/** How often the run "with writes" changes an event meanwhile, as sync or another process would. */
const WRITE_EVERY_MS = 100;

/** What autocannon reports that we read, checked (autocannon ships no types). */
const Result = z.object({
  requests: z.object({ average: z.number(), total: z.number() }),
  latency: z.object({ p50: z.number(), p99: z.number() }),
  non2xx: z.number(),
  errors: z.number(),
  timeouts: z.number(),
});
type Result = z.infer<typeof Result>;

const require = createRequire(import.meta.url);

/** Runs autocannon's programmatic API (a promise when no callback is given). */
async function autocannon(options: Record<string, unknown>): Promise<Result> {
  const run: unknown = require('autocannon');
  if (typeof run !== 'function') throw new Error('autocannon did not load as a function');
  const outcome: unknown = await run(options);
  return Result.parse(outcome);
}

/**
 * Signed `/glokal events` as Slack sends it, each request its own (a new trigger id, signed
 * anew): the app refuses a signature it has seen, as it must a replay.
 */
function load(url: string, slack: FakeSlack) {
  const signed = () => {
    const delivery = slashCommandBody({
      text: 'events',
      user: { id: 'U0BENCH', name: 'bench' },
      place: { teamId: 'T0GLOKAL1', channelId: 'C0BENCH' },
      responseUrl: slack.responseUrl(),
    });
    return {
      body: delivery.body,
      headers: {
        'content-type': delivery.contentType,
        ...signedHeaders({ signingSecret: SECRET, rawBody: delivery.body }),
      },
    };
  };
  return {
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => ({ ...request, ...signed() }),
      },
    ],
  };
}

/** The baseline: Bolt's own HTTP receiver and signature check, and a handler that only acks "hello". */
async function startBareBolt(slack: FakeSlack): Promise<{ url: string; stop(): Promise<void> }> {
  const receiver = new HTTPReceiver({
    signingSecret: SECRET,
    endpoints: '/slack/events',
    logLevel: LogLevel.ERROR,
  });
  const app = new App({
    receiver,
    token: TOKEN,
    clientOptions: { slackApiUrl: slack.apiUrl },
    logLevel: LogLevel.ERROR,
  });
  app.command(/.*/, async ({ ack }) => ack('hello'));
  const server = await receiver.start({ port: 0, host: '127.0.0.1' });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    stop: () => app.stop().then(() => undefined),
  };
}

function describe(label: string, result: Result): string {
  const failures = result.non2xx + result.errors + result.timeouts;
  return `${label} ${result.requests.average.toFixed(0)} req/s, p50 ${milliseconds(result.latency.p50)}, p99 ${milliseconds(result.latency.p99)} (${result.requests.total} requests, ${failures} failed)`;
}

/**
 * The Slack path end to end: signed `/glokal events` over HTTP into the real app (Bolt,
 * signature check, the change version, person and language lookup, the events query on 10,000
 * events, Block Kit), 20 connections for 10 s, against bare Bolt acking "hello" under the same
 * load in the same run: with the caches, without them, and with the caches while another
 * writer keeps changing the store (every write drops what they keep).
 */
export const slackBenchmark: Benchmark = {
  name: 'slack',
  async run(report) {
    const slack = await startFakeSlack({
      tokens: [TOKEN],
      users: [{ id: 'U0BENCH', name: 'bench', locale: 'pl-PL', tz: ZONE }],
    });
    const opened = await openBenchStore('slack', report, {
      clock: fixedClock(NOW),
      clusterTimeZone: ZONE,
    });
    try {
      await fillCatalogue(
        opened.store,
        { events: EVENTS, grants: 100, documents: 100, organisations: 100 },
        fixedClock(NOW),
      );
      const start = (cacheTtlMs?: number) =>
        startSlackApp({
          slack: {
            botToken: TOKEN,
            signingSecret: SECRET,
            port: 0,
            apiUrl: slack.apiUrl,
            coordinators: [],
          },
          cluster: { timeZone: ZONE, defaultLocale: 'pl' },
          store: opened.store,
          clock: fixedClock(NOW),
          logger: createLogger({ level: 'silent' }),
          port: 0,
          host: '127.0.0.1',
          ...(cacheTtlMs === undefined ? {} : { cacheTtlMs }),
        });
      const setting = `${EVENTS} events on ${opened.kind}, ${CONNECTIONS} connections, ${DURATION_SECONDS} s`;
      /**
       * Writes one event straight into the store every `WRITE_EVERY_MS` until stopped (each a
       * new change version, so the app's caches start over), and counts the writes.
       */
      const writeMeanwhile = () => {
        let writing = true;
        let writes = 0;
        const done = (async () => {
          const [event] = (
            await opened.store.events.between(
              { from: NOW, to: new Date(NOW.getTime() + 365 * 86_400_000) },
              { limit: 1, offset: 0 },
            )
          ).items;
          if (!event) throw new Error('the bench catalogue has no coming event');
          while (writing) {
            const title = writes % 2 === 0 ? `${event.title} (przeniesione)` : event.title;
            await opened.store.events.upsert([{ ...event, title }]);
            writes += 1;
            await new Promise((resolve) => setTimeout(resolve, WRITE_EVERY_MS));
          }
        })();
        // Its failure surfaces when the run stops it, not as an unhandled rejection before.
        done.catch(() => undefined);
        return async () => {
          writing = false;
          await done;
          return writes;
        };
      };
      const measureApp = async (cacheTtlMs?: number, withWrites = false) => {
        const app = await start(cacheTtlMs);
        try {
          const url = `http://127.0.0.1:${app.port ?? 0}/slack/events`;
          await autocannon({ ...load(url, slack), duration: 1 });
          const stopWriting = withWrites ? writeMeanwhile() : undefined;
          const result = await autocannon(load(url, slack));
          return { ...result, writes: (await stopWriting?.()) ?? 0 };
        } finally {
          await app.stop();
        }
      };
      const measureBare = async () => {
        const bare = await startBareBolt(slack);
        try {
          await autocannon({ ...load(bare.url, slack), duration: 1 });
          return await autocannon(load(bare.url, slack));
        } finally {
          await bare.stop();
        }
      };
      // Bare Bolt before and after Glokal: their mean is the reference, so a machine whose load
      // drifts during the run does not favour either side.
      const before = await measureBare();
      const glokal = await measureApp();
      const after = await measureBare();
      const uncached = await measureApp(0);
      const written = await measureApp(undefined, true);
      const reference = (before.requests.average + after.requests.average) / 2;
      report(
        describe(`slack /glokal events, caches keyed on the change version (${setting}):`, glokal) +
          ` (${TARGET})`,
      );
      report(
        describe(`slack /glokal events without reply and people caches (same load):`, uncached) +
          ` (${TARGET})`,
      );
      report(
        describe(
          `slack /glokal events with caches while an event is written every ${WRITE_EVERY_MS} ms (same load, ${written.writes} writes):`,
          written,
        ) + ` (${TARGET})`,
      );
      report(describe(`slack bare Bolt ack "hello" before (same load, reference):`, before));
      report(describe(`slack bare Bolt ack "hello" after (same load, reference):`, after));
      const ratio = (result: Result) => (result.requests.average / reference).toFixed(2);
      report(
        `slack throughput ratio /glokal events ÷ bare Bolt (mean ${reference.toFixed(0)} req/s): ${ratio(glokal)}, without caches ${ratio(uncached)}, with writes ${ratio(written)} (target: ≥ 0.70)`,
      );
      const referenceP99 = (before.latency.p99 + after.latency.p99) / 2;
      const p99Ratio = (result: Result) => (result.latency.p99 / referenceP99).toFixed(2);
      report(
        `slack p99 ratio /glokal events ÷ bare Bolt (mean ${milliseconds(referenceP99)}): ${p99Ratio(glokal)}, without caches ${p99Ratio(uncached)}, with writes ${p99Ratio(written)} (target: ≤ 2.00)`,
      );
    } finally {
      await opened.close();
      await slack.close();
    }
  },
};
