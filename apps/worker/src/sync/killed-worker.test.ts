import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarPage, CalendarSource } from '@glokal/domain';
import { googleSourcesFrom } from '../google/google-sources';
import { randomEvent, seededRandom } from '../test-support/random-calendar';
import {
  calendarId,
  eventLines,
  jobCount,
  silentLogger,
  startHarness,
  storedEvents,
  truthLines,
  waitUntil,
  type Harness,
} from '../test-support/worker-harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ pageSize: 5 });
  const random = seededRandom(99);
  for (let n = 0; n < 40; n += 1)
    harness.fake.calendar.addEvent(calendarId, randomEvent(random, new Date()));
});
afterAll(() => harness.close());

/** A calendar source that answers three pages and then never again, like a process frozen and killed. */
function freezingAfter(
  pages: number,
  source: CalendarSource,
): { source: CalendarSource; frozen: () => boolean } {
  let answered = 0;
  return {
    frozen: () => answered >= pages,
    source: {
      listEvents: (request) => {
        if (answered >= pages) return new Promise<CalendarPage>(() => undefined);
        answered += 1;
        return source.listEvents(request);
      },
    },
  };
}

describe('a worker killed in the middle of a sync', () => {
  it('leaves the job to another worker, which converges to the calendar', async () => {
    const real = await googleSourcesFrom(harness.config, silentLogger, {
      calendarPageSize: 5,
      retry: { sleep: async () => undefined },
    });
    if (!real.calendar) throw new Error('no calendar source');
    const freezing = freezingAfter(3, real.calendar.source);
    const doomed = await harness.startWorker({
      sources: { calendar: { calendarId, source: freezing.source } },
    });
    await doomed.requestSync('calendar');
    await waitUntil(freezing.frozen, 10_000, 'three pages');
    const partial = (await storedEvents(harness)).length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(truthLines(harness).length);

    // Killed: it stops renewing its job's lock and its sync lock, and takes no more jobs.
    await doomed.stop({ graceMs: 0 });
    const survivor = await harness.startWorker();
    await waitUntil(
      async () => (await jobCount(survivor, 'calendar-sync', 'completed')) === 1,
      20_000,
      'the job taken over',
    );
    expect(eventLines(await storedEvents(harness))).toEqual(truthLines(harness));
  });
});
