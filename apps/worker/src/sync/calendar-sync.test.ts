import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarSourceKey } from '@glokal/sync';
import type { RunningWorker } from '../start-worker';
import { editCalendarAtRandom, randomEvent, seededRandom } from '../test-support/random-calendar';
import {
  calendarId,
  eventLines,
  startHarness,
  storedEvents,
  syncOnce,
  truthLines,
  type Harness,
} from '../test-support/worker-harness';

let harness: Harness;
let worker: RunningWorker;
const random = seededRandom(20260601);
const now = new Date();

beforeAll(async () => {
  harness = await startHarness({ pageSize: 7 });
  for (let n = 0; n < 30; n += 1)
    harness.fake.calendar.addEvent(calendarId, randomEvent(random, now));
  worker = await harness.startWorker();
});
afterAll(() => harness.close());

const cursor = async () =>
  (await harness.testStore.store.syncState.get(calendarSourceKey(calendarId)))?.cursor;

describe('calendar sync through the worker', () => {
  it('copies the whole calendar on the first sync, instances and all-day events included', async () => {
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    expect(eventLines(await storedEvents(harness))).toEqual(truthLines(harness));
    expect(await cursor()).toBeDefined();
  });

  it('follows random additions, edits, deletions and cancelled instances with incremental syncs', async () => {
    for (let round = 0; round < 4; round += 1) {
      editCalendarAtRandom(harness.fake.calendar, calendarId, random, now, 12);
      harness.fake.requests.length = 0;
      expect(await syncOnce(worker, 'calendar')).toBe('completed');
      expect(harness.fake.requests.every((request) => request.query.has('syncToken'))).toBe(true);
      expect(eventLines(await storedEvents(harness))).toEqual(truthLines(harness));
    }
  });

  it('starts over with a full sync when the token expired, and drops what was deleted meanwhile', async () => {
    harness.fake.calendar.expireSyncTokens(calendarId);
    editCalendarAtRandom(harness.fake.calendar, calendarId, random, now, 10);
    harness.fake.requests.length = 0;
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    expect(harness.fake.requests[0]?.status).toBe(410);
    expect(harness.fake.requests[1]?.query.has('timeMin')).toBe(true);
    expect(eventLines(await storedEvents(harness))).toEqual(truthLines(harness));
  });

  it('rides out 429, 500 and 403 rate limits', async () => {
    editCalendarAtRandom(harness.fake.calendar, calendarId, random, now, 8);
    harness.fake.faults.failNext(1, '429');
    harness.fake.faults.failNext(1, '500');
    harness.fake.faults.failNext(1, '403-rateLimitExceeded');
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    expect(eventLines(await storedEvents(harness))).toEqual(truthLines(harness));
  });

  it('keeps the old token when Google fails for good half-way, then converges on the next sync', async () => {
    harness.fake.calendar.expireSyncTokens(calendarId);
    editCalendarAtRandom(harness.fake.calendar, calendarId, random, now, 10);
    const before = await cursor();
    // The expired token (1 request), the first page of the full listing (1), then only 503s.
    harness.fake.faults.failNext(50, '503', { path: /\/events$/, after: 2 });
    expect(await syncOnce(worker, 'calendar')).toBe('failed');
    expect(await cursor()).toBe(before);
    expect(
      (await harness.testStore.store.syncState.get(calendarSourceKey(calendarId)))?.lastError,
    ).toMatch(/unavailable/);
    harness.fake.faults.clear();
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    expect(eventLines(await storedEvents(harness))).toEqual(truthLines(harness));
  });
});
