import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import type { ClusterStore } from '@glokal/domain';
import { startDeliveryConsumer, type DeliveryJob } from '@glokal/queue';
import {
  calendarId,
  jobCount,
  silentLogger,
  startHarness,
  syncOnce,
  waitUntil,
  type Harness,
} from '../test-support/worker-harness';

let harness: Harness;
const delivered: DeliveryJob[] = [];
let closeConsumers: () => Promise<void>;
const newEvents = 23;

const inDays = (days: number, hour: number) => {
  const start = DateTime.now()
    .setZone('Europe/Warsaw')
    .plus({ days })
    .set({ hour, minute: 0, second: 0, millisecond: 0 });
  return {
    start: { dateTime: start.toISO() ?? '', timeZone: 'Europe/Warsaw' },
    end: { dateTime: start.plus({ hours: 1 }).toISO() ?? '', timeZone: 'Europe/Warsaw' },
  };
};

beforeAll(async () => {
  harness = await startHarness({ pageSize: 5 });
  harness.fake.calendar.addEvent(calendarId, { summary: 'Już w kalendarzu', ...inDays(3, 10) });
  await harness.testStore.store.subscriptions.subscribe(
    { platform: 'slack', workspaceId: 'T0KLASTER', channelId: 'C0WYDARZENIA', locale: 'pl' },
    ['events'],
  );
  await harness.testStore.store.subscriptions.subscribe(
    { platform: 'discord', workspaceId: '1180000000000000000', channelId: '118001', locale: 'en' },
    ['events'],
  );
  const consumers = (['slack', 'discord'] as const).map((platform) =>
    startDeliveryConsumer({
      platform,
      redis: harness.redis,
      deliveries: harness.testStore.store.deliveries,
      logger: silentLogger,
      deliver: async (job) => {
        delivered.push(job);
        return { messageId: `m-${delivered.length}` };
      },
    }),
  );
  closeConsumers = async () => {
    await Promise.all(consumers.map((consumer) => consumer.close()));
  };
});
afterAll(async () => {
  await closeConsumers();
  await harness.close();
});

/** The store as a worker sees it that dies each time it tries to announce (relay the outbox). */
function dyingBeforeAnnouncing(store: ClusterStore): ClusterStore {
  return {
    ...store,
    outbox: {
      ...store.outbox,
      pending: () => Promise.reject(new Error('killed before announcing')),
    },
  };
}

describe('a worker killed after a sync wrote its events and before it announced them', () => {
  it('leaves every announcement in the outbox, and the next worker sends each exactly once', async () => {
    const first = await harness.startWorker();
    expect(await syncOnce(first, 'calendar')).toBe('completed');
    await first.stop({ graceMs: 2000 });

    const ids = Array.from({ length: newEvents }, (_, n) =>
      harness.fake.calendar.addEvent(calendarId, {
        summary: `Nowe wydarzenie ${n + 1}`,
        ...inDays(5 + n, 9),
      }),
    );
    const doomed = await harness.startWorker({
      store: dyingBeforeAnnouncing(harness.testStore.store),
    });
    expect(await syncOnce(doomed, 'calendar')).toBe('completed');
    await doomed.stop({ graceMs: 0 });

    const { store, opened } = harness.testStore;
    const recorded = await store.outbox.pending(1000);
    expect(recorded.map((entry) => entry.key).sort()).toEqual(
      ids.map((id) => `announce:event:${id}`).sort(),
    );
    expect(await opened.query('select key from deliveries')).toEqual([]);
    expect(delivered).toEqual([]);

    const survivor = await harness.startWorker();
    await waitUntil(() => delivered.length >= 2 * newEvents, 30_000, 'every announcement');
    await waitUntil(
      async () => (await jobCount(survivor, 'announce', 'completed')) >= newEvents,
      10_000,
      'every announce job',
    );
    // Another sync and more relay passes must add nothing.
    expect(await syncOnce(survivor, 'calendar')).toBe('completed');
    await survivor.relayNow();
    await new Promise((resolve) => setTimeout(resolve, 500));

    const keys = delivered.map((job) => job.key);
    expect(keys).toHaveLength(2 * newEvents);
    expect(new Set(keys).size).toBe(2 * newEvents);
    for (const id of ids) {
      expect(keys).toContain(`announce:event:${id}:slack:C0WYDARZENIA`);
      expect(keys).toContain(`announce:event:${id}:discord:118001`);
    }
    expect(
      await opened.query("select count(*)::int as n from deliveries where state = 'sent'"),
    ).toEqual([{ n: 2 * newEvents }]);
    expect(await store.outbox.pending(1000)).toEqual([]);
    expect(await jobCount(survivor, 'announce', 'completed')).toBe(newEvents);
  });
});
