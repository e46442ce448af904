import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ClusterEvent, type Clock } from '@glokal/domain';
import {
  openProducer,
  outboxJobId,
  queues,
  type CalendarWriteJob,
  type Producer,
} from '@glokal/queue';
import type { RunningWorker } from '../start-worker';
import {
  calendarId,
  startHarness,
  syncOnce,
  waitUntil,
  type Harness,
} from '../test-support/worker-harness';

let harness: Harness;
let worker: RunningWorker;
let writes: Producer<typeof queues.calendarWrites.payload>;
type JobOptions = NonNullable<Parameters<typeof writes.add>[2]>;
/** The worker's clock: real time, frozen while a test reads what was computed from it. */
let frozen: Date | undefined;
const clock: Clock = { now: () => frozen ?? new Date() };

beforeAll(async () => {
  harness = await startHarness();
  worker = await harness.startWorker({ clock });
  writes = openProducer(queues.calendarWrites, harness.redis);
  // The first sync copies the calendar; later ones announce what is new to the store.
  expect(await syncOnce(worker, 'calendar')).toBe('completed');
});
afterAll(async () => {
  await writes.close();
  await harness.close();
});
beforeEach(() => {
  harness.fake.faults.clear();
  harness.fake.requests.length = 0;
  frozen = undefined;
});

const store = () => harness.testStore.store;
const inAMonth = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 30 * 86_400_000);

function meeting(id: string, revision: number, changes: Partial<ClusterEvent> = {}): ClusterEvent {
  return ClusterEvent.parse({
    id,
    title: 'Rada programowa klastra',
    kind: 'meeting',
    timing: {
      allDay: false,
      start: inAMonth.toISOString(),
      end: new Date(inAMonth.getTime() + 3_600_000).toISOString(),
      timeZone: 'Europe/Warsaw',
    },
    location: 'CKZiU Gdańsk, sala 12',
    status: 'confirmed',
    source: 'glokal',
    updatedAt: new Date().toISOString(),
    revision,
    meeting: { online: false, invitees: [], scheduledBy: { platform: 'slack', userId: 'U0COORD' } },
    ...changes,
  });
}

/**
 * Stores the event and its `calendar-write` message as the chat form does, relays it, and
 * waits for the write to end.
 */
async function scheduleFromChat(event: ClusterEvent, action: CalendarWriteJob['action']) {
  const revision = event.revision ?? 1;
  const key = `calendar-write:${event.id}:${revision}`;
  await store().transaction(async (inside) => {
    await inside.events.upsert([event]);
    await inside.outbox.add(key, { type: 'calendar-write', eventId: event.id, action, revision });
  });
  await worker.relayNow();
  return finished(outboxJobId(key));
}

/** Queues a write as the relay would (another job id, or other options) and waits for it to end. */
async function runWrite(data: CalendarWriteJob, options: JobOptions = {}) {
  const job = await writes.add('calendar-write', data, options);
  return finished(job.id ?? '');
}

/** Waits until the job has completed or failed for good. */
async function finished(jobId: string): Promise<string> {
  let state = '';
  await waitUntil(
    async () => {
      state = String(await writes.queue.getJobState(jobId));
      return state === 'completed' || state === 'failed';
    },
    20_000,
    `calendar write ${jobId}`,
  );
  return state;
}

const googleEvent = (id: string) => harness.fake.calendar.event(calendarId, id);
const calls = () =>
  harness.fake.requests
    .filter((request) => request.path.includes('/events'))
    .map((request) => `${request.method} ${request.status}`);

async function announceJobs(): Promise<number> {
  const queue = worker.queues.find((candidate) => candidate.name === 'announce');
  const counts = await queue?.getJobCounts();
  return Object.values(counts ?? {}).reduce((sum, count) => sum + count, 0);
}

describe('the calendar-write job, with real Redis and the fake Google', () => {
  it('inserts a meeting once even when its job runs twice, stores the links back, and the next sync changes nothing', async () => {
    expect(await scheduleFromChat(meeting('rada0000001', 1), 'insert')).toBe('completed');
    expect(
      await runWrite({
        type: 'calendar-write',
        eventId: 'rada0000001',
        action: 'insert',
        revision: 1,
      }),
    ).toBe('completed');
    expect(calls()).toEqual(['POST 200', 'POST 409', 'GET 200']);
    expect(
      harness.fake.calendar.truth(calendarId).filter((e) => e.id === 'rada0000001'),
    ).toHaveLength(1);

    const stored = await store().events.byId('rada0000001');
    const google = googleEvent('rada0000001');
    expect(stored).toMatchObject({
      calendarUrl: google?.htmlLink,
      updatedAt: new Date(google?.updated ?? 0).toISOString(),
      source: 'glokal',
      revision: 1,
    });
    expect(google?.extendedProperties).toEqual({
      shared: { glokalKind: 'meeting' },
      private: { glokalSource: 'glokal' },
    });

    const announcements = await announceJobs();
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    expect(await store().events.byId('rada0000001')).toEqual(stored);
    expect(await announceJobs()).toBe(announcements);
  });

  it('stores the Meet link Google made for an online meeting', async () => {
    await scheduleFromChat(
      meeting('online00001', 1, {
        meeting: { online: true, invitees: [], scheduledBy: { platform: 'discord', userId: '42' } },
      }),
      'insert',
    );
    const meet = googleEvent('online00001')?.hangoutLink;
    expect(meet).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect((await store().events.byId('online00001'))?.onlineUrl).toBe(meet);
    const stored = await store().events.byId('online00001');
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    expect(await store().events.byId('online00001')).toEqual(stored);
  });

  it('patches a moved meeting, ignores an older write that comes after, and cancels it so it stays cancelled', async () => {
    const id = 'termin00001';
    await scheduleFromChat(meeting(id, 1), 'insert');
    const later = new Date(inAMonth.getTime() + 86_400_000);
    await scheduleFromChat(
      meeting(id, 2, {
        title: 'Rada programowa (przeniesiona)',
        timing: {
          allDay: false,
          start: later.toISOString(),
          end: new Date(later.getTime() + 5_400_000).toISOString(),
          timeZone: 'Europe/Warsaw',
        },
        calendarUrl: (await store().events.byId(id))?.calendarUrl,
      }),
      'patch',
    );
    expect(calls().at(-1)).toBe('PATCH 200');
    expect(googleEvent(id)).toMatchObject({
      summary: 'Rada programowa (przeniesiona)',
      start: { dateTime: later.toISOString() },
    });
    expect((await store().events.byId(id))?.updatedAt).toBe(
      new Date(googleEvent(id)?.updated ?? 0).toISOString(),
    );

    harness.fake.requests.length = 0;
    await runWrite({ type: 'calendar-write', eventId: id, action: 'patch', revision: 1 });
    expect(calls()).toEqual([]);

    const moved = await store().events.byId(id);
    if (!moved) throw new Error('the moved meeting is not stored');
    await scheduleFromChat({ ...moved, status: 'cancelled', revision: 3 }, 'cancel');
    expect(googleEvent(id)?.status).toBe('cancelled');
    expect(await syncOnce(worker, 'calendar')).toBe('completed');
    expect(await store().events.byId(id)).toMatchObject({ status: 'cancelled', revision: 3 });
  });

  it('rides out a 500: the queue retries and the meeting is written once', async () => {
    harness.fake.faults.failNext(1, '500', { method: 'POST' });
    await store().events.upsert([meeting('retri000001', 1)]);
    expect(
      await runWrite(
        { type: 'calendar-write', eventId: 'retri000001', action: 'insert', revision: 1 },
        { backoff: { type: 'fixed', delay: 50 } },
      ),
    ).toBe('completed');
    expect(calls()).toEqual(['POST 500', 'POST 200']);
    expect(await store().events.byId('retri000001')).toMatchObject({
      calendarUrl: googleEvent('retri000001')?.htmlLink,
    });
    expect((await store().events.byId('retri000001'))?.calendarWriteError).toBeUndefined();
  });

  it('records a write that failed for good on the event and in the audit log', async () => {
    harness.fake.faults.failNext(5, '503', { method: 'POST' });
    await store().events.upsert([meeting('failed00001', 1)]);
    expect(
      await runWrite(
        { type: 'calendar-write', eventId: 'failed00001', action: 'insert', revision: 1 },
        { attempts: 2, backoff: { type: 'fixed', delay: 50 } },
      ),
    ).toBe('failed');
    expect(calls()).toEqual(['POST 503', 'POST 503']);
    expect((await store().events.byId('failed00001'))?.calendarWriteError).toMatchObject({
      action: 'insert',
      code: 'unavailable',
      message: 'HTTP 503 backendError: The service is currently unavailable.',
    });
    const [entry] = await store().audit.recent(1);
    expect(entry).toMatchObject({
      action: 'event.calendar-write-failed',
      subject: 'failed00001',
      detail: { code: 'unavailable', revision: 1 },
    });

    harness.fake.faults.clear();
    expect(
      await runWrite({
        type: 'calendar-write',
        eventId: 'failed00001',
        action: 'patch',
        revision: 1,
      }),
    ).toBe('completed');
    expect(calls().slice(2)).toEqual(['PATCH 404', 'POST 200']);
    expect((await store().events.byId('failed00001'))?.calendarWriteError).toBeUndefined();
  });

  it('retries a 403 rateLimitExceeded, and fails at once what retrying cannot help', async () => {
    harness.fake.faults.failNext(1, '403-rateLimitExceeded', { method: 'POST' });
    await store().events.upsert([meeting('quota000001', 1), meeting('Zla-Nazwa', 1)]);
    expect(
      await runWrite(
        { type: 'calendar-write', eventId: 'quota000001', action: 'insert', revision: 1 },
        { backoff: { type: 'fixed', delay: 50 } },
      ),
    ).toBe('completed');
    expect(calls()).toEqual(['POST 403', 'POST 200']);

    harness.fake.requests.length = 0;
    expect(
      await runWrite(
        { type: 'calendar-write', eventId: 'Zla-Nazwa', action: 'insert', revision: 1 },
        { backoff: { type: 'fixed', delay: 50 } },
      ),
    ).toBe('failed');
    expect(calls()).toEqual(['POST 400']);
    expect((await store().events.byId('Zla-Nazwa'))?.calendarWriteError).toMatchObject({
      code: 'invalid-request',
    });
  });

  it('waits for the Retry-After of a 429 in the queue before trying again', async () => {
    harness.fake.faults.failNext(1, '429', { method: 'POST', retryAfterSeconds: 120 });
    await store().events.upsert([meeting('limit000001', 1)]);
    frozen = new Date();
    const job = await writes.add('calendar-write', {
      type: 'calendar-write',
      eventId: 'limit000001',
      action: 'insert',
      revision: 1,
    });
    await waitUntil(async () => (await job.getState()) === 'delayed', 20_000, 'a delayed write');
    const client = await writes.queue.client;
    const delayedKey = writes.queue.keys['delayed'] ?? '';
    const score = Number(await client.zscore(delayedKey, job.id ?? ''));
    // BullMQ keeps a delayed job under (its due time in ms) * 0x1000 + a counter.
    expect(Math.floor(score / 0x1000)).toBe(frozen.getTime() + 120_000);
    expect(calls()).toEqual(['POST 429']);
    expect(googleEvent('limit000001')).toBeUndefined();

    await job.promote();
    expect(await finished(job.id ?? '')).toBe('completed');
    expect(calls()).toEqual(['POST 429', 'POST 200']);
    expect((await store().events.byId('limit000001'))?.calendarUrl).toBe(
      googleEvent('limit000001')?.htmlLink,
    );
  });
});
