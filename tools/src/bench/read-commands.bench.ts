import { fixedClock, searchWords, type Clock, type ClusterStore } from '@glokal/domain';
import { noJobs, runCommand, type ChatDeps, type CommandRequest } from '@glokal/chat';
import { openScratchStore, type OpenedStore } from '@glokal/store';
import { fillCatalogue } from '@glokal/testing/store';
import type { Benchmark } from './benchmark';
import { benchDatabaseUrl } from './bench-store';
import { measure, milliseconds, percentile } from './latency';

/** The store sizes of issue #2. */
export const CATALOGUE_SIZES = {
  events: 10_000,
  grants: 1_000,
  documents: 10_000,
  organisations: 1_000,
} as const;
const CALLS = 1_000;
const WARM_UP = 50;
const REFERENCE = 'reference: 3000 ms, the deadline for a first answer on Slack and Discord';
const NOW = new Date('2026-06-12T08:00:00Z');
const ZONE = 'Europe/Warsaw';

interface Samples {
  eventIds: string[];
  eventWords: string;
  grantIds: string[];
  programme: string;
  documentWord: string;
  specialisation: string;
}

/** What to ask for: ids and words that exist in the filled store. */
async function samplesFrom(store: ClusterStore, now: Date): Promise<Samples> {
  const events = await store.events.between(
    { from: now, to: new Date(now.getTime() + 60 * 86_400_000) },
    { limit: 100, offset: 0 },
  );
  const grants = await store.grants.open({ deadlineFrom: now }, { limit: 100, offset: 0 });
  const documents = await store.documents.search('', { limit: 1, offset: 0 });
  const organisations = await store.organisations.search({}, { limit: 20, offset: 0 });
  const longWord = (text: string | undefined) =>
    searchWords(text ?? '').find((word) => word.length >= 4 && !/^\d+$/.test(word)) ?? '';
  return {
    eventIds: events.items.map((event) => event.id),
    eventWords: longWord(events.items[0]?.title),
    grantIds: grants.items.map((call) => call.id),
    programme: longWord(grants.items[0]?.programme),
    documentWord: longWord(documents.items[0]?.name),
    specialisation:
      organisations.items.flatMap((organisation) => organisation.specialisations)[0] ?? '',
  };
}

type Case = { label: string; command: string; options: (index: number) => Record<string, string> };

function cases(samples: Samples): Case[] {
  const cycle = (ids: string[], index: number) => ids[index % Math.max(1, ids.length)] ?? 'missing';
  return [
    { label: 'help', command: 'help', options: () => ({}) },
    { label: 'events', command: 'events', options: () => ({}) },
    {
      label: 'events week workshop',
      command: 'events',
      options: () => ({ period: 'week', kind: 'workshop' }),
    },
    { label: 'events next month', command: 'events', options: () => ({ period: 'next month' }) },
    {
      label: 'event <id>',
      command: 'event',
      options: (index) => ({ name: cycle(samples.eventIds, index) }),
    },
    { label: 'event <words>', command: 'event', options: () => ({ name: samples.eventWords }) },
    { label: 'grants', command: 'grants', options: () => ({}) },
    {
      label: 'grants <programme>',
      command: 'grants',
      options: () => ({ programme: samples.programme }),
    },
    {
      label: 'grant <id>',
      command: 'grant',
      options: (index) => ({ name: cycle(samples.grantIds, index) }),
    },
    { label: 'docs <word>', command: 'docs', options: () => ({ words: samples.documentWord }) },
    { label: 'members', command: 'members', options: () => ({}) },
    { label: 'members school', command: 'members', options: () => ({ kind: 'school' }) },
    {
      label: 'partners <specialisation>',
      command: 'partners',
      options: () => ({ specialisation: samples.specialisation }),
    },
  ];
}

function request(command: string, options: Record<string, string>, index: number): CommandRequest {
  return {
    requester: {
      platform: 'slack',
      userId: `U-BENCH-${index % 50}`,
      displayName: 'Bench',
      isCoordinator: false,
    },
    conversation: { workspaceId: 'T-BENCH', channelId: 'C-BENCH' },
    locale: index % 2 === 0 ? 'pl' : 'en',
    timeZone: ZONE,
    command,
    options,
    page: 1,
  };
}

async function benchStore(
  label: string,
  opened: OpenedStore,
  clock: Clock,
  report: (line: string) => void,
): Promise<void> {
  const started = performance.now();
  await fillCatalogue(opened.store, CATALOGUE_SIZES, clock);
  const sizes = `${CATALOGUE_SIZES.events} events, ${CATALOGUE_SIZES.grants} grants, ${CATALOGUE_SIZES.documents} documents, ${CATALOGUE_SIZES.organisations} members`;
  report(
    `read-commands ${label} fill (${sizes}) ${milliseconds(performance.now() - started)} (reference: none, set-up only)`,
  );
  const deps: ChatDeps = { store: opened.store, clock, clusterTimeZone: ZONE, jobs: noJobs };
  const samples = await samplesFrom(opened.store, clock.now());
  for (const benchCase of cases(samples)) {
    const call = (index: number) =>
      runCommand(request(benchCase.command, benchCase.options(index), index), deps);
    await measure(WARM_UP, call);
    const latencies = await measure(CALLS, call);
    for (const p of [50, 99]) {
      report(
        `read-commands ${label} ${benchCase.label} p${p} ${milliseconds(percentile(latencies, p))} over ${CALLS} calls (${REFERENCE})`,
      );
    }
  }
}

/** Each read command through `runCommand`, on PGlite and on Postgres, at the sizes of issue #2. */
export const readCommandsBenchmark: Benchmark = {
  name: 'read-commands',
  async run(report) {
    const clock = fixedClock(NOW);
    const pglite = await openScratchStore({ clock, clusterTimeZone: ZONE });
    try {
      await benchStore('pglite', pglite, clock, report);
    } finally {
      await pglite.close();
    }
    const databaseUrl = benchDatabaseUrl();
    let postgres: OpenedStore;
    try {
      postgres = await openScratchStore({ databaseUrl, clock, clusterTimeZone: ZONE });
    } catch (error: unknown) {
      report(
        `read-commands postgres skipped: cannot open ${new URL(databaseUrl).host} (${error instanceof Error ? error.message : String(error)})`,
      );
      return;
    }
    try {
      await benchStore('postgres', postgres, clock, report);
    } finally {
      await postgres.close();
    }
  },
};
