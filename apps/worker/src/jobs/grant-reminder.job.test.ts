import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrantCall, deadlineInstant, type Clock } from '@glokal/domain';
import {
  openProducer,
  queues,
  reminderJobId,
  type DeliveryJob,
  type GrantReminderJob,
  type Queue,
} from '@glokal/queue';
import type { RunningWorker } from '../start-worker';
import { startHarness, waitUntil, type Harness } from '../test-support/worker-harness';
import { recordDeliveries } from '../test-support/recorded-deliveries';

const brussels = (local: string) => ({ local, timeZone: 'Europe/Brussels' });
const call = GrantCall.parse({
  id: 'interreg-ce-2027',
  programme: 'Interreg Central Europe',
  title: 'Third call for proposals',
  deadline: brussels('2027-03-05T12:00'),
});
const due = deadlineInstant(call.deadline).getTime();
const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The worker's clock: real time moved so that a chosen instant is a moment away. */
let offsetMs = 0;
const clock: Clock = { now: () => new Date(Date.now() + offsetMs) };
const setNow = (instant: number) => {
  offsetMs = instant - Date.now();
};

let harness: Harness;
let worker: RunningWorker;
let reminders: Queue;
let closeReminders: () => Promise<void>;
let delivered: DeliveryJob[] = [];
let closeConsumers: () => Promise<void>;

async function change(
  change: 'added' | 'extended' | 'closed' | 'reminders',
  key: string,
  previous?: string,
) {
  await harness.testStore.store.transaction(async (tx) => {
    await tx.outbox.add(key, {
      type: 'grant-call-changed',
      grantId: call.id,
      change,
      ...(previous ? { previousDeadline: brussels(previous) } : {}),
    });
  });
  await worker.relayNow();
}

async function scheduledKeys(): Promise<string[]> {
  const jobs = await reminders.getJobs(['delayed', 'waiting']);
  return jobs.map((job) => (job.data as GrantReminderJob).key).sort();
}

beforeAll(async () => {
  harness = await startHarness();
  const { store } = harness.testStore;
  await store.subscriptions.subscribe(
    { platform: 'slack', workspaceId: 'T0KLASTER', channelId: 'C0GRANTY', locale: 'pl' },
    ['grants'],
  );
  const follower = await store.people.ensure({ platform: 'discord', userId: '4242' }, 'Ana');
  await store.people.setPreferences(follower.id, { timeZone: 'Europe/Lisbon', locale: 'en' });
  await store.grants.upsert([call]);
  await store.follows.set(follower.id, call.id, true);
  const recorded = recordDeliveries(harness);
  delivered = recorded.delivered;
  closeConsumers = () => recorded.close();
  const producer = openProducer(queues.grantReminders, harness.redis);
  reminders = producer.queue;
  closeReminders = () => producer.close();
  setNow(due - 5 * DAY);
  worker = await harness.startWorker({ clock });
});
afterAll(async () => {
  await closeReminders();
  await closeConsumers();
  await harness.close();
});

describe('grant deadline reminders', () => {
  it('schedules one job per reminder still to come, for the channel and the follower', async () => {
    await change('added', `grant:${call.id}:added`);
    await waitUntil(async () => (await scheduledKeys()).length === 6, 15_000, 'the plan');
    expect(await scheduledKeys()).toEqual(
      [
        'deadline:2027-03-05T12:00@Europe/Brussels:1d:person:',
        'deadline:2027-03-05T12:00@Europe/Brussels:1d:slack:C0GRANTY',
        'deadline:2027-03-05T12:00@Europe/Brussels:3d:person:',
        'deadline:2027-03-05T12:00@Europe/Brussels:3d:slack:C0GRANTY',
        'deadline:2027-03-05T12:00@Europe/Brussels:3h:person:',
        'deadline:2027-03-05T12:00@Europe/Brussels:3h:slack:C0GRANTY',
      ].map((key) => expect.stringContaining(key)),
    );
  });

  it('replaces the plan on an extension: the old reminders are gone, the new ones scheduled', async () => {
    const extended = {
      ...call,
      deadline: brussels('2027-03-12T12:00'),
      previousDeadlines: [call.deadline],
    };
    await harness.testStore.store.grants.upsert([extended]);
    await change('extended', `grant:${call.id}:extended:2027-03-12`, '2027-03-05T12:00');
    // The whole new plan, and nothing of the old (an empty queue mid-re-plan is neither).
    const planOf = async (deadline: string, count: number) => {
      const keys = await scheduledKeys();
      return keys.length === count && keys.every((key) => key.includes(deadline));
    };
    await waitUntil(() => planOf('2027-03-12T12:00', 8), 15_000, 'the old plan replaced');
    const keys = await scheduledKeys();
    expect(keys.some((key) => key.includes(':7d:'))).toBe(true);
    expect(keys).toHaveLength(8);
    // And back again (a deadline moved earlier replans the same way).
    await harness.testStore.store.grants.upsert([call]);
    await change('extended', `grant:${call.id}:moved-back`, '2027-03-12T12:00');
    await waitUntil(() => planOf('2027-03-05T12:00', 6), 15_000, 'the first plan again');
  });

  it('sends a due reminder once, and a stale one (planned for an old deadline) never', async () => {
    setNow(due - 3 * HOUR - 1000);
    const base = {
      grantId: call.id,
      which: 'deadline' as const,
      offset: { unit: 'hours' as const, amount: 3 },
      target: {
        kind: 'channel' as const,
        platform: 'slack' as const,
        workspaceId: 'T0KLASTER',
        channelId: 'C0GRANTY',
        locale: 'pl' as const,
      },
    };
    const fresh: GrantReminderJob = {
      ...base,
      key: 'reminder:test:fresh',
      deadline: call.deadline,
      at: new Date(due - 3 * HOUR).toISOString(),
    };
    const stale: GrantReminderJob = {
      ...base,
      key: 'reminder:test:stale',
      deadline: brussels('2027-03-12T12:00'),
      at: new Date(due - 3 * HOUR).toISOString(),
    };
    for (const job of [fresh, fresh, stale])
      await reminders.add('reminder', job, { jobId: reminderJobId(job.key) });
    await waitUntil(
      async () => (await reminders.getCompletedCount()) >= 2,
      15_000,
      'both reminders handled',
    );
    await waitUntil(() => delivered.some((job) => job.key === fresh.key), 15_000, 'the delivery');
    expect(delivered.filter((job) => job.key === fresh.key)).toHaveLength(1);
    expect(delivered.find((job) => job.key === fresh.key)?.message).toEqual({
      type: 'grant-reminder',
      grantId: call.id,
      which: 'deadline',
      deadline: call.deadline,
      late: false,
    });
    expect(delivered.some((job) => job.key === stale.key)).toBe(false);
  });

  it('after downtime sends only the latest missed reminder of each target, marked late', async () => {
    setNow(due - 1 * DAY + 30 * 60_000);
    const target = {
      kind: 'person' as const,
      personId: (await harness.testStore.store.follows.followers(call.id))[0]!.id,
      timeZone: 'Europe/Lisbon',
      locale: 'en' as const,
    };
    const missed = (amount: number): GrantReminderJob => ({
      key: `reminder:test:missed:${amount}d`,
      grantId: call.id,
      which: 'deadline',
      deadline: call.deadline,
      offset: { unit: 'days', amount },
      target,
      at: new Date(due - amount * DAY).toISOString(),
    });
    const before = await reminders.getCompletedCount();
    for (const job of [missed(3), missed(1)])
      await reminders.add('reminder', job, { jobId: reminderJobId(job.key) });
    await waitUntil(
      async () => (await reminders.getCompletedCount()) >= before + 2,
      15_000,
      'both missed reminders handled',
    );
    await waitUntil(
      () => delivered.some((job) => job.key === missed(1).key),
      15_000,
      'the late one',
    );
    expect(delivered.some((job) => job.key === missed(3).key)).toBe(false);
    expect(delivered.find((job) => job.key === missed(1).key)).toMatchObject({
      platform: 'discord',
      channelId: '4242',
      directMessage: true,
      message: { type: 'grant-reminder', late: true, viewerZone: 'Europe/Lisbon' },
    });
  });

  it("follows a channel's own reminder times: its old reminders leave the queue, and one that escaped sends nothing", async () => {
    setNow(due - 5 * DAY);
    const { store } = harness.testStore;
    const channel = { platform: 'slack' as const, channelId: 'C0GRANTY' };
    await store.subscriptions.setReminderOffsets(channel, { days: [2], hours: [] });
    await change('reminders', `grant:${call.id}:reminders:offsets-2d`);
    const channelKeys = async () =>
      (await scheduledKeys()).filter((key) => key.endsWith('slack:C0GRANTY'));
    await waitUntil(
      async () => {
        const keys = await channelKeys();
        return keys.length === 1 && keys[0]!.includes(':2d:');
      },
      15_000,
      "the channel's new plan",
    );
    const keys = await scheduledKeys();
    // The follower keeps the default policy.
    expect(keys.filter((key) => key.includes(':person:'))).toHaveLength(3);

    setNow(due - 3 * HOUR - 1000);
    const escaped: GrantReminderJob = {
      key: 'reminder:test:old-offsets',
      grantId: call.id,
      which: 'deadline',
      deadline: call.deadline,
      offset: { unit: 'hours', amount: 3 },
      target: { kind: 'channel', ...channel, workspaceId: 'T0KLASTER', locale: 'pl' },
      at: new Date(due - 3 * HOUR).toISOString(),
    };
    await reminders.add('reminder', escaped, { jobId: reminderJobId(escaped.key) });
    await waitUntil(
      async () => (await reminders.getJob(reminderJobId(escaped.key)))?.returnvalue !== null,
      15_000,
      'the escaped reminder handled',
    );
    expect((await reminders.getJob(reminderJobId(escaped.key)))?.returnvalue).toEqual({
      sent: false,
      why: 'offsets-changed',
    });
    expect(delivered.some((job) => job.key === escaped.key)).toBe(false);
    await store.subscriptions.setReminderOffsets(channel, undefined);
  });

  it('takes every reminder off the queue when the call is closed', async () => {
    setNow(due - 5 * DAY);
    await harness.testStore.store.grants.upsert([{ ...call, status: 'closed' }]);
    await change('closed', `grant:${call.id}:closed`);
    await waitUntil(async () => (await scheduledKeys()).length === 0, 15_000, 'no reminders left');
  });
});
