import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProducer, queues } from '@glokal/queue';
import type { RunningWorker } from '../start-worker';
import { randomEvent, seededRandom } from '../test-support/random-calendar';
import {
  calendarId,
  eventLines,
  jobCount,
  startHarness,
  storedEvents,
  truthLines,
  waitUntil,
  type Harness,
} from '../test-support/worker-harness';

let harness: Harness;
let workers: RunningWorker[];

beforeAll(async () => {
  harness = await startHarness({ pageSize: 4 });
  const random = seededRandom(7);
  for (let n = 0; n < 16; n += 1)
    harness.fake.calendar.addEvent(calendarId, randomEvent(random, new Date()));
  harness.fake.setLatency(15);
  workers = [await harness.startWorker(), await harness.startWorker()];
});
afterAll(() => harness.close());

describe('two workers on one Redis', () => {
  it('never sync the same calendar at the same time, and both syncs finish', async () => {
    const producer = openProducer(queues.calendarSync, harness.redis);
    try {
      for (let n = 0; n < 6; n += 1) await producer.add('sync', { calendarId, reason: 'manual' });
      const completed = async () => {
        let total = 0;
        for (const worker of workers) total += await jobCount(worker, 'calendar-sync', 'completed');
        return total;
      };
      await waitUntil(async () => (await completed()) === 6, 30_000, 'six syncs');
    } finally {
      await producer.close();
    }
    expect(harness.fake.maxConcurrentListings(calendarId)).toBe(1);
    const waited =
      (await jobCount(workers[0] as RunningWorker, 'calendar-sync', 'waited')) +
      (await jobCount(workers[1] as RunningWorker, 'calendar-sync', 'waited'));
    expect(waited).toBeGreaterThan(0);
    expect(eventLines(await storedEvents(harness))).toEqual(truthLines(harness));
  });
});
