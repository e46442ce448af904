import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterEvent, type Clock } from '@glokal/domain';
import { nextPatternRun, openProducer, queues, type DeliveryJob, type Queue } from '@glokal/queue';
import { startHarness, waitUntil, type Harness } from '../test-support/worker-harness';
import { WEEKLY_DIGEST_SCHEDULER, weeklyDigestSchedule } from './weekly-digest.job';
import { recordDeliveries } from '../test-support/recorded-deliveries';

const warsaw = 'Europe/Warsaw';
let now = new Date('2026-10-19T06:00:00Z');
const clock: Clock = { now: () => now };

let harness: Harness;
let digests: Queue;
let closeDigests: () => Promise<void>;
let delivered: DeliveryJob[] = [];
let closeConsumers: () => Promise<void>;

/** Runs the digest job once (as the scheduler would, naming no week) and waits for it to end. */
async function runDigest(id: string): Promise<{ week: string; queued: number; empty: boolean }> {
  const job = await digests.add('weekly-digest', {}, { jobId: id });
  await waitUntil(
    async () => ['completed', 'failed'].includes(await job.getState()),
    20_000,
    `digest job ${id}`,
  );
  const done = await digests.getJob(id);
  expect(done?.failedReason).toBeUndefined();
  return done?.returnvalue as { week: string; queued: number; empty: boolean };
}

beforeAll(async () => {
  harness = await startHarness();
  const { store } = harness.testStore;
  await store.subscriptions.subscribe(
    { platform: 'slack', workspaceId: 'T0KLASTER', channelId: 'C0DIGEST', locale: 'pl' },
    ['digest'],
  );
  await store.subscriptions.subscribe(
    {
      platform: 'discord',
      workspaceId: '1180000000000000000',
      channelId: '1180000000000000009',
      locale: 'en',
    },
    ['digest', 'events'],
  );
  // Subscribed to events only: no digest.
  await store.subscriptions.subscribe(
    { platform: 'slack', workspaceId: 'T0KLASTER', channelId: 'C0EVENTS', locale: 'pl' },
    ['events'],
  );
  const recorded = recordDeliveries(harness);
  delivered = recorded.delivered;
  closeConsumers = () => recorded.close();
  const producer = openProducer(queues.weeklyDigest, harness.redis);
  digests = producer.queue;
  closeDigests = () => producer.close();
  await harness.startWorker({ clock });
});
afterAll(async () => {
  await closeDigests();
  await closeConsumers();
  await harness.close();
});

describe('the weekly digest schedule', () => {
  it('fires on Monday at 08:00 in Warsaw on both sides of the autumn clock change', () => {
    const schedule = weeklyDigestSchedule(warsaw);
    if (!('pattern' in schedule)) throw new Error('the digest runs on a cron pattern');
    // Summer time (UTC+2): 08:00 is 06:00 UTC.
    expect(nextPatternRun(schedule, new Date('2026-10-17T12:00:00Z')).toISOString()).toBe(
      '2026-10-19T06:00:00.000Z',
    );
    // The clocks went back on Sunday 25 October: the Monday after, 08:00 is 07:00 UTC.
    expect(nextPatternRun(schedule, new Date('2026-10-19T06:00:00Z')).toISOString()).toBe(
      '2026-10-26T07:00:00.000Z',
    );
    // And in spring, forward again (29 March 2027).
    expect(nextPatternRun(schedule, new Date('2027-03-27T12:00:00Z')).toISOString()).toBe(
      '2027-03-29T06:00:00.000Z',
    );
  });

  it('is kept in Redis with its pattern and the cluster zone by a worker that keeps schedules', async () => {
    const scheduling = await harness.startWorker({ schedules: true, clock });
    try {
      const scheduler = await digests.getJobScheduler(WEEKLY_DIGEST_SCHEDULER);
      expect(scheduler).toMatchObject({
        pattern: '0 8 * * 1',
        tz: harness.config.cluster.timeZone,
      });
      expect(await scheduling.missingSchedules()).toEqual([]);
    } finally {
      await scheduling.stop({ graceMs: 2000 });
      await digests.removeJobScheduler(WEEKLY_DIGEST_SCHEDULER);
    }
  });
});

describe('the weekly digest job', () => {
  it('sends nothing for a week with nothing in it', async () => {
    now = new Date('2026-10-19T06:00:00Z');
    expect(await runDigest('empty-week')).toEqual({ week: '2026-W43', queued: 0, empty: true });
    expect(
      await harness.testStore.store.deliveries.byKey('digest:2026-W43:slack:C0DIGEST'),
    ).toBeUndefined();
    expect(delivered).toEqual([]);
  });

  it('gives each subscribed channel one digest a week, in its language, even when it runs twice', async () => {
    await harness.testStore.store.events.upsert([
      ClusterEvent.parse({
        id: 'warsztaty-w44',
        title: 'Warsztaty AI',
        kind: 'workshop',
        timing: {
          allDay: false,
          start: '2026-10-28T09:00:00Z',
          end: '2026-10-28T11:00:00Z',
          timeZone: warsaw,
        },
        source: 'google',
        updatedAt: '2026-10-01T08:00:00Z',
      }),
    ]);
    now = new Date('2026-10-26T07:00:00Z');
    expect(await runDigest('w44-first')).toEqual({ week: '2026-W44', queued: 2, empty: false });
    await waitUntil(() => delivered.length >= 2, 20_000, 'two digests delivered');
    now = new Date('2026-10-26T09:30:00Z');
    expect(await runDigest('w44-again')).toEqual({ week: '2026-W44', queued: 0, empty: false });

    expect(delivered.map((job) => `${job.key} ${job.locale}`).sort()).toEqual([
      'digest:2026-W44:discord:1180000000000000009 en',
      'digest:2026-W44:slack:C0DIGEST pl',
    ]);
    expect(delivered[0]?.message).toEqual({ type: 'weekly-digest', week: '2026-W44' });
    expect(
      (await harness.testStore.store.deliveries.byKey('digest:2026-W44:slack:C0DIGEST'))?.state,
    ).toBe('sent');
  });
});
