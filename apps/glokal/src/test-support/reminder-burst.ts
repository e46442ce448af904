import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import {
  GrantCall,
  reminderKey,
  type ClusterStore,
  type LocalDeadline,
  type ReminderTarget,
} from '@glokal/domain';
import { deliveryQueue, openProducer, queues } from '@glokal/queue';
import { openStore, type OpenedStore } from '@glokal/store';
import { createTestStore, type TestStore } from '@glokal/testing/store';

/** Where the worker's reminder check keeps the time it last looked (its sync-state source). */
const REMINDER_CHECK_SOURCE = 'reminders';

/**
 * The store Glokal processes and the test share: a scratch schema on `DATABASE_URL`, or a
 * PGlite data folder (one process at a time: the test opens it only while none runs).
 */
export interface SharedStore {
  /** The test's own reads and writes. */
  use<T>(work: (opened: OpenedStore) => Promise<T>): Promise<T>;
  /** A Glokal process's environment for the same store; `databaseUrl` replaces Postgres's address. */
  environment(databaseUrl?: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export async function openSharedStore(): Promise<SharedStore> {
  const databaseUrl = process.env['DATABASE_URL'];
  const testStore: TestStore | undefined = databaseUrl ? await createTestStore() : undefined;
  const dataDir = testStore ? undefined : await mkdtemp(join(tmpdir(), 'glokal-faults-'));
  return {
    async use(work) {
      if (testStore) return work(testStore.opened);
      const opened = await openStore({ dataDir: dataDir ?? '', clusterTimeZone: 'Europe/Warsaw' });
      try {
        return await work(opened);
      } finally {
        await opened.close();
      }
    },
    async environment(otherUrl) {
      if (!testStore || !databaseUrl) return { DATA_DIR: dataDir ?? '' };
      const [row] = await testStore.opened.query('select current_schema() as schema');
      const url = new URL(otherUrl ?? databaseUrl);
      if (otherUrl) {
        // Same user, password and database, through another address (a proxy).
        const original = new URL(databaseUrl);
        url.username = original.username;
        url.password = original.password;
        url.pathname = original.pathname;
      }
      url.searchParams.set('options', `-c search_path=${String(row?.['schema'])}`);
      return { DATABASE_URL: url.toString() };
    },
    async close() {
      await testStore?.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface BurstChannels {
  slack: { teamId: string; channels: readonly string[] };
  discord?: { guildId: string; channels: readonly string[] };
}

/**
 * `calls` open grant calls whose deadline and internal deadline are three hours (less a few
 * minutes) away, channels subscribed to `grants`, and a reminder check that last looked ten
 * minutes ago: a starting worker owes each channel the 3-hour reminder of every deadline at
 * once. Returns the reminder keys due, by platform.
 */
export async function seedReminderBurst(
  store: ClusterStore,
  calls: number,
  channels: BurstChannels,
): Promise<{ slack: string[]; discord: string[] }> {
  const minute = DateTime.utc().startOf('minute');
  const localOf = (at: DateTime): LocalDeadline => ({
    local: at.toUTC().toFormat("yyyy-MM-dd'T'HH:mm"),
    timeZone: 'UTC',
  });
  const deadline = localOf(minute.plus({ hours: 3, minutes: -2 }));
  const internalDeadline = localOf(minute.plus({ hours: 3, minutes: -3 }));
  const grantCalls = Array.from({ length: calls }, (_, n) =>
    GrantCall.parse({
      id: `fault-call-${n + 1}`,
      programme: 'Erasmus+ KA2',
      title: `Partnerships for cooperation, round ${n + 1}`,
      deadline,
      internalDeadline,
    }),
  );
  await store.grants.upsert(grantCalls);

  const targets: Extract<ReminderTarget, { kind: 'channel' }>[] = [
    ...channels.slack.channels.map((channelId, n) => ({
      kind: 'channel' as const,
      platform: 'slack' as const,
      workspaceId: channels.slack.teamId,
      channelId,
      locale: n % 2 === 0 ? ('pl' as const) : ('en' as const),
    })),
    ...(channels.discord?.channels ?? []).map((channelId, n) => ({
      kind: 'channel' as const,
      platform: 'discord' as const,
      workspaceId: channels.discord?.guildId ?? '',
      channelId,
      locale: n % 2 === 0 ? ('en' as const) : ('pl' as const),
    })),
  ];
  for (const { kind: _kind, ...channel } of targets)
    await store.subscriptions.subscribe(channel, ['grants']);
  await store.syncState.saveCursor(
    REMINDER_CHECK_SOURCE,
    undefined,
    minute.minus({ minutes: 10 }).toJSDate(),
  );

  const keysOn = (platform: 'slack' | 'discord') =>
    targets
      .filter((target) => target.platform === platform)
      .flatMap((target) =>
        grantCalls.flatMap((call) => [
          reminderKey(call.id, 'deadline', deadline, { unit: 'hours', amount: 3 }, target),
          reminderKey(call.id, 'internal', internalDeadline, { unit: 'hours', amount: 3 }, target),
        ]),
      );
  return { slack: keysOn('slack'), discord: keysOn('discord') };
}

/** Jobs still to run on the grant-reminder and delivery queues (delayed ones included). */
export async function reminderJobsLeft(target: { url: string; prefix: string }): Promise<number> {
  const producers = [
    openProducer(queues.grantReminders, target),
    openProducer(deliveryQueue('slack'), target),
    openProducer(deliveryQueue('discord'), target),
  ];
  try {
    let left = 0;
    for (const producer of producers) {
      const counts = await producer.queue.getJobCounts(
        'waiting',
        'active',
        'delayed',
        'prioritized',
      );
      left += Object.values(counts).reduce((sum, count) => sum + count, 0);
    }
    return left;
  } finally {
    await Promise.all(producers.map((producer) => producer.close()));
  }
}
