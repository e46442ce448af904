import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrantCall, deadlineInstant, type Clock } from '@glokal/domain';
import { openProducer, queues, type DeliveryJob, type GrantReminderJob } from '@glokal/queue';
import { startHarness, waitUntil, type Harness } from '../test-support/worker-harness';
import { REMINDER_CHECK_SOURCE } from './reminder-check.job';
import { recordDeliveries } from '../test-support/recorded-deliveries';

const call = GrantCall.parse({
  id: 'horizon-msca-2027',
  programme: 'Horizon Europe',
  title: 'MSCA Staff Exchanges',
  deadline: { local: '2027-03-10T17:00', timeZone: 'Europe/Brussels' },
});
const due = deadlineInstant(call.deadline).getTime();
const HOUR = 3600_000;
const DAY = 24 * HOUR;

let offsetMs = 0;
const clock: Clock = { now: () => new Date(Date.now() + offsetMs) };
const setNow = (instant: number) => {
  offsetMs = instant - Date.now();
};

let harness: Harness;
let delivered: DeliveryJob[] = [];
let closeAll: () => Promise<void>;

const reminderKeys = async () => {
  const producer = openProducer(queues.grantReminders, harness.redis);
  try {
    const jobs = await producer.queue.getJobs(['delayed', 'waiting']);
    return jobs.map((job) => (job.data as GrantReminderJob).key).sort();
  } finally {
    await producer.close();
  }
};

beforeAll(async () => {
  harness = await startHarness();
  const { store } = harness.testStore;
  await store.subscriptions.subscribe(
    { platform: 'discord', workspaceId: 'G0KLASTER', channelId: '700', locale: 'en' },
    ['grants'],
  );
  await store.grants.upsert([call]);
  // The worker last looked five days before the deadline, then was down for four days.
  await store.syncState.saveCursor(REMINDER_CHECK_SOURCE, undefined, new Date(due - 5 * DAY));
  setNow(due - 20 * HOUR);
  const recorded = recordDeliveries(harness, ['discord']);
  delivered = recorded.delivered;
  closeAll = () => recorded.close();
  await harness.startWorker({ clock });
});
afterAll(async () => {
  await closeAll();
  await harness.close();
});

describe('reminders after downtime', () => {
  it('sends the most recent missed reminder once, marked late, drops the older one and schedules the rest', async () => {
    await waitUntil(() => delivered.length >= 1, 20_000, 'the late reminder');
    await waitUntil(async () => (await reminderKeys()).length === 1, 20_000, 'the 3-hour reminder');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({
      channelId: '700',
      key: expect.stringContaining(':1d:discord:700'),
      message: { type: 'grant-reminder', grantId: call.id, late: true },
    });
    expect(await reminderKeys()).toEqual([expect.stringContaining(':3h:discord:700')]);
    expect(delivered.some((job) => job.key.includes(':3d:'))).toBe(false);
  });

  it(
    'rebuilds the plan when Redis lost the reminder queue, without sending again what went out',
    { timeout: 60_000 },
    async () => {
      const reminders = openProducer(queues.grantReminders, harness.redis);
      const checks = openProducer(queues.reminderChecks, harness.redis);
      try {
        // What a Redis restart without persistence leaves: no delayed jobs, no mark.
        await reminders.queue.drain(true);
        const client = await reminders.queue.client;
        await client.del(`${harness.redis.prefix}:${queues.grantReminders.name}:watched`);
        expect(await reminderKeys()).toEqual([]);
        await checks.queue.add('check', { reason: 'manual' });
        await waitUntil(
          async () => (await reminderKeys()).length === 1,
          20_000,
          'the plan rebuilt',
        );
        expect(await reminderKeys()).toEqual([expect.stringContaining(':3h:discord:700')]);
        // The late 1-day reminder was queued again and found its delivery already sent.
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(delivered).toHaveLength(1);
      } finally {
        await reminders.close();
        await checks.close();
      }
    },
  );
});
