import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fixedClock, systemClock } from '@glokal/domain';
import { removePrefixedKeys } from '@glokal/queue';
import {
  fakeAnnouncementsChannelId,
  fakeGuildId,
  startFakeDiscord,
  type FakeDiscord,
} from '@glokal/testing/discord';
import { startFakeGoogle, type FakeGoogle } from '@glokal/testing/google';
import { startWatchedProcess, within, type WatchedProcess } from '@glokal/testing/process';
import { appEnvironments, residentMb, started } from './testing/app-processes';
import {
  sendToSlackApp,
  slashCommandBody,
  startFakeSlack,
  type FakeSlack,
} from '@glokal/testing/slack';
import { fillCatalogue } from '@glokal/testing/store';
import { buildApps, type EntryName } from '../build/build-apps';
import type { Benchmark } from './benchmark';
import { benchDatabaseUrl } from './bench-store';
import { milliseconds, percentile } from './latency';
import { openScratchStore } from '@glokal/store';

/** People asking at once on each platform, and for how long (`LOAD_SECONDS` shortens a try). */
const CONCURRENT = 50;
const SECONDS = Number(process.env['LOAD_SECONDS'] ?? 60);
/** A new event appears in Google Calendar this often while the load runs. */
const NEW_EVENT_EVERY_MS = 3_000;
const EVENTS = 2_000;
const ZONE = 'Europe/Warsaw';
const SIGNING_SECRET = 'load-signing-secret';
const BOT_TOKEN = 'xoxb-load-token';
const TEAM = 'T0GLOKAL1';
const SLACK_EVENTS_CHANNEL = 'C0LOADEVENTS';
const CALENDAR = 'klaster-obciazenie@group.calendar.google.com';
const TARGET = 'target: 0 errors, p99 well inside the platforms’ 3 s';

/** What members type, in turn: reads of every kind, both languages. */
const slackTexts = [
  'events',
  'grants',
  'docs strategia',
  'partners robotyka',
  'members',
  'help',
  'events month',
  'wydarzenia tydzień',
];
const discordAsks: { subcommand: string; options?: Record<string, string> }[] = [
  { subcommand: 'events' },
  { subcommand: 'grants' },
  { subcommand: 'docs', options: { words: 'strategia' } },
  { subcommand: 'members' },
  { subcommand: 'help' },
  { subcommand: 'events', options: { period: 'month' } },
];

const root = resolve(import.meta.dirname, '../../..');

interface Tally {
  samples: number[];
  errors: number;
}

/** `concurrency` loops, each asking again as soon as it is answered, until `until`. */
async function loadFor(
  concurrency: number,
  until: number,
  ask: (index: number) => Promise<boolean>,
): Promise<Tally> {
  const tally: Tally = { samples: [], errors: 0 };
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const index = next++;
        const began = performance.now();
        const ok = await ask(index).catch(() => false);
        tally.samples.push(performance.now() - began);
        if (!ok) tally.errors += 1;
      }
    }),
  );
  return tally;
}

function describe(label: string, tally: Tally): string {
  return `${label}: ${tally.samples.length} answered in ${SECONDS} s (${(tally.samples.length / SECONDS).toFixed(0)}/s), p50 ${milliseconds(percentile(tally.samples, 50))}, p99 ${milliseconds(percentile(tally.samples, 99))}, errors ${tally.errors} (${TARGET})`;
}

/**
 * Load on loopback: the built Slack app, Discord bot and worker as three processes on one
 * Redis and one Postgres schema, against the fakes of Slack, Discord and Google in this
 * process. For `SECONDS`, 50 members at once ask the Slack app (signed slash commands over
 * HTTP) and 50 at once the Discord bot (interactions through the fake gateway), while a new
 * event appears in the calendar every few seconds and the worker syncs it and announces it to
 * a subscribed channel on each platform. Reported: latency and errors per platform, every
 * announcement delivered once, and each process's resident memory (peak and at the end).
 */
export const loadBenchmark: Benchmark = {
  name: 'load',
  async run(report) {
    const outDir = join(root, 'tmp', 'load-bench-dist');
    await mkdir(outDir, { recursive: true });
    const { files } = await buildApps(root, outDir);
    const databaseUrl = benchDatabaseUrl();
    const opened = await openScratchStore({
      databaseUrl,
      clock: systemClock,
      clusterTimeZone: ZONE,
    });
    const redis = {
      url: process.env['REDIS_URL'] || 'redis://127.0.0.1:6379',
      prefix: `bench-load-${Date.now()}`,
    };
    const slack: FakeSlack = await startFakeSlack({ tokens: [BOT_TOKEN] });
    const discord: FakeDiscord = await startFakeDiscord({ interactionDeadlineMs: 60_000 });
    const google: FakeGoogle = await startFakeGoogle();
    const apps: Partial<Record<EntryName, WatchedProcess>> = {};
    try {
      await fillCatalogue(
        opened.store,
        { events: EVENTS, grants: 100, documents: 200, organisations: 100 },
        fixedClock(new Date()),
      );
      await opened.store.subscriptions.subscribe(
        { platform: 'slack', workspaceId: TEAM, channelId: SLACK_EVENTS_CHANNEL, locale: 'pl' },
        ['events'],
      );
      await opened.store.subscriptions.subscribe(
        {
          platform: 'discord',
          workspaceId: fakeGuildId,
          channelId: fakeAnnouncementsChannelId,
          locale: 'en',
        },
        ['events'],
      );
      google.calendar.ensureCalendar(CALENDAR);
      const [row] = await opened.query('select current_schema() as schema');
      const url = new URL(databaseUrl);
      url.searchParams.set('options', `-c search_path=${String(row?.['schema'])}`);
      const common = {
        DATABASE_URL: url.toString(),
        REDIS_URL: redis.url,
        QUEUE_PREFIX: redis.prefix,
        LOG_LEVEL: 'info',
        CLUSTER_TIMEZONE: ZONE,
        HTTP_PORT: '0',
        PUBLIC_PORT: '',
      };
      const own = appEnvironments({
        slack,
        discord,
        google,
        slackBotToken: BOT_TOKEN,
        slackSigningSecret: SIGNING_SECRET,
        calendarId: CALENDAR,
      });
      apps.worker = startWatchedProcess([files.worker], root, { ...common, ...own.worker });
      apps.slack = startWatchedProcess([files.slack], root, { ...common, ...own.slack });
      apps.discord = startWatchedProcess([files.discord], root, { ...common, ...own.discord });
      const slackStarted = await started(apps.slack, 'Slack app started');
      await started(apps.discord, 'Discord bot ready');
      await started(apps.worker, 'worker started');
      const slackUrl = `http://127.0.0.1:${String(slackStarted['port'])}/slack/events`;
      await within(60_000, 'the first calendar sync', async () =>
        (await opened.store.syncState.get(`calendar:${CALENDAR}`))?.lastSuccessAt
          ? true
          : undefined,
      );

      const peak: Partial<Record<EntryName, number>> = {};
      const sampler = setInterval(() => {
        for (const [name, app] of Object.entries(apps) as [EntryName, WatchedProcess][])
          void residentMb(app.child.pid).then((mb) => {
            if (mb !== undefined) peak[name] = Math.max(peak[name] ?? 0, mb);
          });
      }, 1_000);
      const titles: string[] = [];
      const adder = setInterval(() => {
        const title = `Obciążenie ${titles.length + 1}`;
        titles.push(title);
        const start = Date.now() + (10 + titles.length) * 86_400_000;
        google.calendar.addEvent(CALENDAR, {
          summary: `[warsztaty] ${title}`,
          start: { dateTime: new Date(start).toISOString(), timeZone: 'UTC' },
          end: { dateTime: new Date(start + 3_600_000).toISOString() },
        });
      }, NEW_EVENT_EVERY_MS);

      const until = Date.now() + SECONDS * 1_000;
      const [slackTally, discordTally] = await Promise.all([
        loadFor(CONCURRENT, until, async (index) => {
          const answer = await sendToSlackApp(
            slackUrl,
            slashCommandBody({
              text: slackTexts[index % slackTexts.length] ?? 'events',
              user: { id: `U0LOAD${String(index % 200).padStart(3, '0')}`, name: 'member' },
              place: { teamId: TEAM, channelId: 'C0OGOLNY' },
              responseUrl: slack.responseUrl('commands'),
            }),
            { signingSecret: SIGNING_SECRET },
          );
          return answer.status === 200;
        }),
        loadFor(CONCURRENT, until, async (index) => {
          const ask = discordAsks[index % discordAsks.length] ?? { subcommand: 'events' };
          const interaction = discord.slash(
            {
              userId: `40000000000000${String(index % 200).padStart(4, '0')}`,
              locale: index % 2 === 0 ? 'pl' : 'en-US',
            },
            { command: 'glokal', ...ask },
          );
          const callback = await discord.waitForCallback(interaction, 10_000);
          return callback.type === 4 || callback.type === 5;
        }),
      ]);
      clearInterval(adder);
      clearInterval(sampler);

      const announcedOn = () => ({
        slack: titles.map(
          (title) =>
            slack.world.messages.filter(
              (message) =>
                message.channel === SLACK_EVENTS_CHANNEL &&
                JSON.stringify(message.blocks).includes(title),
            ).length,
        ),
        discord: titles.map(
          (title) =>
            [...discord.state.messages.values()].filter(
              (message) =>
                message.channel_id === fakeAnnouncementsChannelId &&
                JSON.stringify(message.embeds).includes(title),
            ).length,
        ),
      });
      await within(90_000, 'every new event announced on both platforms', () => {
        const counts = announcedOn();
        return [...counts.slack, ...counts.discord].every((count) => count >= 1) ? true : undefined;
      }).catch(() => undefined);
      const end: Partial<Record<EntryName, number>> = {};
      for (const [name, app] of Object.entries(apps) as [EntryName, WatchedProcess][]) {
        const mb = await residentMb(app.child.pid);
        if (mb !== undefined) end[name] = mb;
      }
      const counts = announcedOn();
      const once = (list: number[]) => list.filter((count) => count === 1).length;

      report(
        describe(
          `load: Slack slash commands, ${CONCURRENT} at once (${EVENTS} events on ${opened.kind})`,
          slackTally,
        ),
      );
      report(
        describe(
          `load: Discord interactions, ${CONCURRENT} at once, dispatch → first answer`,
          discordTally,
        ),
      );
      report(
        `load: ${titles.length} new calendar events synced meanwhile, announced once on Slack ${once(counts.slack)}/${titles.length}, on Discord ${once(counts.discord)}/${titles.length} (target: every one exactly once)`,
      );
      for (const name of ['slack', 'discord', 'worker'] as const)
        report(
          `load: ${name} process resident memory peak ${peak[name]?.toFixed(0) ?? '?'} MB, after the load ${end[name]?.toFixed(0) ?? '?'} MB (built bundle under node; target: ≤ 150 MB idle per app)`,
        );
    } finally {
      for (const app of Object.values(apps)) app.child.kill('SIGTERM');
      await Promise.all(Object.values(apps).map((app) => app.exited));
      await google.close();
      await discord.close();
      await slack.close();
      await removePrefixedKeys(redis);
      await opened.close();
      await rm(outDir, { recursive: true, force: true });
    }
  },
};
