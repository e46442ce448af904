import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openProducer,
  queues,
  type DeliveryJob,
  type FreeSlotsJob,
  type Queue,
} from '@glokal/queue';
import { startHarness, waitUntil, type Harness } from '../test-support/worker-harness';
import { recordDeliveries } from '../test-support/recorded-deliveries';

let harness: Harness;
let requests: Queue;
let closeRequests: () => Promise<void>;
let delivered: DeliveryJob[] = [];
let closeConsumers: () => Promise<void>;

/** Monday 7 December 2026, 08:00 in Warsaw; the coordinator reads in Lisbon, in English. */
const request = (key: string): FreeSlotsJob => ({
  key,
  platform: 'slack',
  workspaceId: 'T0KLASTER',
  coordinator: { userId: 'U0KOORD', timeZone: 'Europe/Lisbon', locale: 'en' },
  lengthMinutes: 90,
  invitees: ['U0ANNA', 'U0PIOTR'],
  askedAt: '2026-12-07T07:00:00.000Z',
});

async function run(data: FreeSlotsJob, jobId: string, options: { backoffMs?: number } = {}) {
  const job = await requests.add('free-slots', data, {
    jobId,
    ...(options.backoffMs === undefined
      ? {}
      : { backoff: { type: 'fixed', delay: options.backoffMs } }),
  });
  await waitUntil(
    async () => ['completed', 'failed'].includes(await job.getState()),
    20_000,
    `free-slots job ${jobId}`,
  );
  const done = await requests.getJob(jobId);
  // A retried job keeps its earlier attempt's failedReason; its state says how it ended.
  expect(await done?.getState()).toBe('completed');
  return done?.returnvalue as { sent: boolean; slots: number };
}

beforeAll(async () => {
  harness = await startHarness();
  const { store } = harness.testStore;
  const anna = await store.people.ensure({ platform: 'slack', userId: 'U0ANNA' }, 'Anna');
  await store.people.ensure({ platform: 'slack', userId: 'U0PIOTR' }, 'Piotr');
  await store.people.setEmail(anna.id, 'anna@sp12.example.pl');
  // Anna is busy the whole Monday in Warsaw working hours.
  harness.fake.freeBusy.setBusy('anna@sp12.example.pl', [
    { start: '2026-12-07T08:00:00Z', end: '2026-12-07T16:00:00Z' },
  ]);
  const recorded = recordDeliveries(harness, ['slack']);
  delivered = recorded.delivered;
  closeConsumers = () => recorded.close();
  const producer = openProducer(queues.freeSlots, harness.redis);
  requests = producer.queue;
  closeRequests = () => producer.close();
  await harness.startWorker();
});
afterAll(async () => {
  await closeConsumers?.();
  await closeRequests?.();
  await harness?.close();
});

describe('the free-slots job', () => {
  it('asks Google free/busy and DMs the coordinator the first five free times, once', async () => {
    expect(await run(request('free-slots:U0KOORD:1'), 'free-slots-1')).toEqual({
      sent: true,
      slots: 5,
    });
    await waitUntil(async () => delivered.length === 1, 20_000, 'the DM delivered');
    const [dm] = delivered;
    expect(dm).toMatchObject({
      key: 'free-slots:U0KOORD:1',
      platform: 'slack',
      channelId: 'U0KOORD',
      directMessage: true,
      locale: 'en',
    });
    if (dm?.message.type !== 'free-slots') throw new Error('not a free-slots message');
    // Tuesday from 09:00 Warsaw (08:00 UTC), on the half hour, 90 minutes each.
    expect(dm.message.slots.map((slot) => [slot.start, slot.end])).toEqual([
      ['2026-12-08T08:00:00.000Z', '2026-12-08T09:30:00.000Z'],
      ['2026-12-08T08:30:00.000Z', '2026-12-08T10:00:00.000Z'],
      ['2026-12-08T09:00:00.000Z', '2026-12-08T10:30:00.000Z'],
      ['2026-12-08T09:30:00.000Z', '2026-12-08T11:00:00.000Z'],
      ['2026-12-08T10:00:00.000Z', '2026-12-08T11:30:00.000Z'],
    ]);
    expect(dm.message).toMatchObject({
      viewerZone: 'Europe/Lisbon',
      lengthMinutes: 90,
      notChecked: 1,
      calendarChecked: true,
    });
    // The same request again (a retried job) answers nothing more.
    expect(await run(request('free-slots:U0KOORD:1'), 'free-slots-1-again')).toEqual({
      sent: false,
      slots: 5,
    });
  });

  it('waits for the Retry-After of a 429 from free/busy, no attempt used, then answers once', async () => {
    harness.fake.requests.length = 0;
    harness.fake.faults.failNext(1, '429', { path: /freeBusy/, retryAfterSeconds: 120 });
    const before = Date.now();
    const job = await requests.add('free-slots', request('free-slots:U0KOORD:429'), {
      jobId: 'free-slots-429',
    });
    await waitUntil(async () => (await job.getState()) === 'delayed', 20_000, 'a delayed job');
    const client = await requests.client;
    const score = Number(await client.zscore(requests.keys['delayed'] ?? '', job.id ?? ''));
    // BullMQ keeps a delayed job under (its due time in ms) * 0x1000 + a counter.
    const dueAt = Math.floor(score / 0x1000);
    expect(dueAt).toBeGreaterThanOrEqual(before + 120_000);
    expect(dueAt).toBeLessThanOrEqual(Date.now() + 120_000);
    expect((await requests.getJob('free-slots-429'))?.attemptsMade).toBe(0);
    expect(freeBusyCalls()).toEqual([429]);

    await job.promote();
    await waitUntil(async () => (await job.getState()) === 'completed', 20_000, 'the job done');
    expect((await requests.getJob('free-slots-429'))?.returnvalue).toEqual({
      sent: true,
      slots: 5,
    });
    expect(freeBusyCalls()).toEqual([429, 200]);
    await waitUntil(async () => dmsOf('free-slots:U0KOORD:429') === 1, 20_000, 'the DM');
  });

  it('rides out a 500 from free/busy: the queue retries and the coordinator gets one answer', async () => {
    harness.fake.requests.length = 0;
    harness.fake.faults.failNext(1, '500', { path: /freeBusy/ });
    expect(
      await run(request('free-slots:U0KOORD:500'), 'free-slots-500', { backoffMs: 50 }),
    ).toEqual({ sent: true, slots: 5 });
    expect(freeBusyCalls()).toEqual([500, 200]);
    expect((await requests.getJob('free-slots-500'))?.attemptsMade).toBe(2);
    await waitUntil(async () => dmsOf('free-slots:U0KOORD:500') === 1, 20_000, 'the DM');
    // The retried job's answer is the same request's: delivered once, whatever runs again.
    expect(
      await run(request('free-slots:U0KOORD:500'), 'free-slots-500-again', { backoffMs: 50 }),
    ).toEqual({ sent: false, slots: 5 });
    expect(dmsOf('free-slots:U0KOORD:500')).toBe(1);
  });
});

const freeBusyCalls = () =>
  harness.fake.requests
    .filter((call) => call.path === '/calendar/v3/freeBusy')
    .map((call) => call.status);
const dmsOf = (key: string) => delivered.filter((dm) => dm.key === key).length;
