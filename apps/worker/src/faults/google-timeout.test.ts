import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import type { RunningWorker } from '../start-worker';
import { recordDeliveries, type RecordedDeliveries } from '../test-support/recorded-deliveries';
import {
  calendarId,
  eventLines,
  startHarness,
  storedEvents,
  syncOnce,
  truthLines,
  waitUntil,
  type Harness,
} from '../test-support/worker-harness';

/*
 * Google holds the answer to a page of the calendar (a minute, longer than the client's
 * one-second timeout here): the call times out, is retried, and the sync goes on. What the
 * sync found new is announced once, whatever the timeout did.
 */
let harness: Harness;
let worker: RunningWorker;
let deliveries: RecordedDeliveries;

const inDays = (days: number, hour: number) => {
  const start = DateTime.now()
    .setZone('Europe/Warsaw')
    .plus({ days })
    .set({ hour, minute: 0, second: 0, millisecond: 0 });
  return {
    start: { dateTime: start.toISO() ?? '', timeZone: 'Europe/Warsaw' },
    end: { dateTime: start.plus({ hours: 2 }).toISO() ?? '', timeZone: 'Europe/Warsaw' },
  };
};

beforeAll(async () => {
  harness = await startHarness({ pageSize: 3 });
  for (let n = 0; n < 7; n += 1)
    harness.fake.calendar.addEvent(calendarId, { summary: `Seminarium ${n + 1}`, ...inDays(n, 9) });
  await harness.testStore.store.subscriptions.subscribe(
    { platform: 'slack', workspaceId: 'T0KLASTER', channelId: 'C0WYDARZENIA', locale: 'pl' },
    ['events'],
  );
  deliveries = recordDeliveries(harness);
  worker = await harness.startWorker({
    googleTuning: { calendarPageSize: 3, retry: { sleep: async () => undefined }, timeoutMs: 1000 },
  });
});
afterAll(async () => {
  await deliveries?.close();
  await harness.close();
});

const eventsList = /\/calendar\/v3\/calendars\/[^/]+\/events$/;

describe('a Google call that never answers', () => {
  it('times out, is retried, and the sync copies the whole calendar', async () => {
    harness.fake.faults.failNext(1, 'hold', { path: eventsList, method: 'GET', after: 1 });
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    expect(harness.fake.faults.served.get('hold')).toBe(1);
    expect(eventLines(await storedEvents(harness))).toEqual(truthLines(harness));
  });

  it('times out on an incremental sync, and each new event is announced once', async () => {
    const added = ['Warsztaty robotyki', 'Konferencja STEM', 'Wymiana szkół', 'Szkolenie AI'];
    for (const [n, summary] of added.entries())
      harness.fake.calendar.addEvent(calendarId, { summary, ...inDays(20 + n, 10) });
    harness.fake.faults.failNext(2, 'hold', { path: eventsList, method: 'GET' });
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    expect(harness.fake.faults.served.get('hold')).toBe(3);
    expect(eventLines(await storedEvents(harness))).toEqual(truthLines(harness));

    await waitUntil(
      () => deliveries.delivered.length >= added.length,
      20_000,
      `${added.length} announcements`,
    );
    // A moment for a second copy, had one been queued.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const keys = deliveries.delivered.map((job) => job.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(added.length);
    const rows = await harness.testStore.opened.query('select key, state from deliveries');
    expect(rows.map((row) => String(row['state']))).toEqual(added.map(() => 'sent'));
  });
});
