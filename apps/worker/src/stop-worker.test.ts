import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProducer, queues } from '@glokal/queue';
import { randomEvent, seededRandom } from './test-support/random-calendar';
import {
  calendarId,
  eventLines,
  jobCount,
  startHarness,
  storedEvents,
  truthLines,
  waitUntil,
  type Harness,
} from './test-support/worker-harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ pageSize: 3 });
  const random = seededRandom(3);
  for (let n = 0; n < 24; n += 1)
    harness.fake.calendar.addEvent(calendarId, randomEvent(random, new Date()));
  harness.fake.setLatency(40);
});
afterAll(() => harness.close());

describe('stopping the worker (SIGTERM)', () => {
  it('finishes the running sync, takes no new job, and closes', async () => {
    const worker = await harness.startWorker();
    await worker.requestSync('calendar');
    await waitUntil(() => harness.fake.requests.length >= 2, 10_000, 'a sync under way');
    await worker.stop({ graceMs: 15_000 });

    expect(await jobCount(worker, 'calendar-sync', 'completed')).toBe(1);
    expect(eventLines(await storedEvents(harness))).toEqual(truthLines(harness));
    const producer = openProducer(queues.calendarSync, harness.redis);
    try {
      await producer.add('sync', { calendarId, reason: 'manual' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await producer.queue.getJobCounts('waiting', 'active')).toMatchObject({
        waiting: 1,
        active: 0,
      });
    } finally {
      await producer.queue.obliterate({ force: true });
      await producer.close();
    }
  });
});
